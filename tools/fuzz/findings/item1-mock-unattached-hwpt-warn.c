// SPDX-License-Identifier: GPL-2.0
/*
 * ioasid-fuzz reproducer: seed 0x10a51dfa22, epoch 0 (epoch seed 0x10a51dfa22),
 * 1421 calls of 2 thread(s), replayed in order on one thread.
 * Replay the fuzzer's own epoch: ioasid-fuzz -s 0x10a51dfa22 -E 1 -t 2
 * (plus the run's -f, -K, -L).
 * Found before main had 7d18f0b (apertures reserved whatever the attach
 * state): IOMMU_HWPT_ALLOC made a mock HWPT on IOAS 11 (#1237), its device
 * moved away (#1293), and IOMMU_IOAS_MAP at IOVA 0xaf2000, below the mock
 * aperture, reached mock_map_pages (#1300).
 * Why: kernel report: WARNING: CPU: 1 PID: 179 at /work/wt-fuzz/drivers/iommu/ioasid/selftest.c:115 mock_map_pages+0x21/0x1b0 [ioasidfd]
 * Build: cc -O2 -static -o repro repro.c; run as root in the test VM.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/capability.h>
#include <linux/kvm.h>
static unsigned long n_call;
static int kmsg = -1;

static void check_kmsg(void)
{
	static const char *const bad[] = { "WARNING:", "BUG:", "Oops", "KASAN:",
		"UBSAN:", "general protection" };
	char rec[1024];
	ssize_t n;

	while (kmsg >= 0 && (n = read(kmsg, rec, sizeof(rec) - 1)) != 0) {
		if (n < 0 && errno == EPIPE)
			continue;
		if (n < 0)
			break;
		rec[n] = 0;
		for (unsigned int i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
			if (strstr(rec, bad[i]))
				printf("^^^^^ kernel report after call %lu: %s", n_call,
				       strchr(rec, ';') ? strchr(rec, ';') + 1 : rec);
	}
}

static void say(const char *what, long ret, const char *fuzzer_saw)
{
	int e = errno;

	if (ret < 0)
		printf("%5lu %-28s -1 %s", ++n_call, what, strerrorname_np(e) ? strerrorname_np(e) : "?");
	else
		printf("%5lu %-28s %ld", ++n_call, what, ret);
	printf("   (fuzzer: %s)\n", fuzzer_saw);
	check_kmsg();
	fflush(stdout);
}

static uint8_t *scratch(int th)
{
	return (uint8_t *)(0x6e0000000000ul + (uint64_t)th * 0x10000ul);
}
static void setup(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	struct rlimit rl = { 8388608ul, 8388608ul };
	int i;
	for (i = 0; i < 8; i++) {
		unsigned long a = 0x6f0000000000ul + (unsigned long)i * 0x1000000ul;
		size_t len = i == 7 ? 0x400000ul : 0x40000ul;
		if (mmap((void *)a, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
			perror("mmap arena");
		if (i == 7)
			madvise((void *)a, len, MADV_HUGEPAGE);
		memset((void *)a, 0x5a, len);
	}
	for (i = 0; i < 8; i++) {
		if (mmap(scratch(i), 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
			perror("mmap scratch");
		mprotect(scratch(i) + 2 * 4096, 4096, PROT_NONE);
	}
	/* As the fuzzer: pinned pages are charged (no CAP_IPC_LOCK). */
	if (syscall(SYS_capget, &h, d) == 0) {
		d[0].effective &= ~(1u << CAP_IPC_LOCK);
		d[0].permitted &= ~(1u << CAP_IPC_LOCK);
		d[0].inheritable &= ~(1u << CAP_IPC_LOCK);
		syscall(SYS_capset, &h, d);
	}
	setrlimit(RLIMIT_MEMLOCK, &rl);
	kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK);
	if (kmsg >= 0)
		lseek(kmsg, 0, SEEK_END);
}
/* One ioctl on the scratch argument of thread @th. */
static __attribute__((unused)) void ioc(const char *what, const char *saw, int th, int fd, unsigned long req,
		const char *arg, size_t alen, const char *aux, size_t xlen,
		unsigned int nth, int out_off, int out_fd)
{
	uint8_t *s = scratch(th);
	long r;
	memset(s, 0, 2 * 4096);
	memcpy(s, arg, alen);
	memcpy(s + 4096, aux, xlen);
	if (nth) {
		/* open() itself passes injection points: arm by a pre-opened fd */
		char buf[16];
		int nfd = open("/proc/thread-self/fail-nth", O_RDWR);
		int len = snprintf(buf, sizeof(buf), "%u", nth);
		(void)!write(nfd, buf, len);
		r = ioctl(fd, req, s);
		int e = errno;
		if (write(nfd, "0", 1) < 0)
			(void)!write(nfd, "0", 1);
		close(nfd);
		errno = e;
	} else {
		r = ioctl(fd, req, s);
	}
	say(what, r, saw);
	if (r >= 0 && out_off >= 0) {
		int f;
		memcpy(&f, s + out_off, sizeof(f));
		if (f >= 0 && f != out_fd) {
			dup2(f, out_fd);
			close(f);
		}
	}
}
static __attribute__((unused)) void to_fd(int f, int fd)
{
	if (f >= 0 && f != fd) {
		dup2(f, fd);
		close(f);
	}
}
/* Write to every page of [addr, addr + len) without faulting on holes. */
static void touch(unsigned long addr, unsigned long len, uint8_t val)
{
	for (unsigned long o = 0; o < len; o += 4096) {
		struct iovec l = { &val, 1 }, r = { (void *)(addr + o), 1 };
		process_vm_writev(getpid(), &l, 1, &r, 1, 0);
	}
}
static __attribute__((unused)) void fork_touch(unsigned long addr, unsigned long len, int how)
{
	pid_t pid;
	if (how == 1)
		touch(addr, len, 0x3c);
	pid = fork();
	if (pid == 0) {
		touch(addr, len, 0xc5);
		_exit(0);
	}
	if (how != 2)
		touch(addr, len, 0x3c);
	if (pid > 0)
		waitpid(pid, NULL, 0);
}
int main(void)
{
	uint8_t buf[8192];
	long r;
	setvbuf(stdout, NULL, _IOLBF, 0);
	setup();
	(void)buf;
	(void)r;
	/* #1 [t0] epoch: 0 */
	/* epoch start */
	/* #2 [t0] open ioasid: 300 */
	r = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	say("t0 open ioasid", r, "300");
	to_fd(r, 300);
	/* #3 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #4 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x6f\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #5 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #6 [t0] open vfio cdev: 310 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "310");
	to_fd(r, 310);
	/* #7 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 310, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #8 [t0] VFIO_DEVICE_ATTACH_IOMMUFD_: 0 */
	ioc("t0 VFIO_DEVICE_ATTACH_IOMMUFD_", "0", 0, 310, 0x3b77ul,
	    "\x0c\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #9 [t0] open vfio cdev: 311 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "311");
	to_fd(r, 311);
	/* #10 [t0] VFIO_DEVICE_BIND_IOMMUFD: -1 EBUSY */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBUSY", 0, 311, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #11 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x6f\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x10\x01", 36,
	    "", 0, 0, -1, -1);
	/* #12 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EINVAL */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x00\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #13 [t0] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00"
	    "\x00\x50\xd7\x04", 36,
	    "", 0, 0, -1, -1);
	/* #14 [t0] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t0 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #15 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x32\x07\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x5c", 35,
	    "", 0, 0, -1, -1);
	/* #16 [t1] TEST_OP_MD_CHECK_REFS: 0 */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x00\x90\x02\x00\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #17 [t1] close: -1 EBADF */
	say("t1 close", close(340), "-1 EBADF");
	/* #18 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0001026000ul, 0x2000ul, 20), "0");
	/* #19 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #20 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #21 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #22 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #23 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 300, 0x3b82ul,
	    "\x15\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\xc0\xa6\x01\x00\x00\x00\x00\xff\x2f\xa7\x01\x00\x00\x00\x00\x00\xf0\xff\x7f\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff"
	    "\x00\x20\x00\x01\x00\x00\x00\x00\xff\x3f\x00\x01\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00"
	    "\x00\xd0\xd3\x05\x00\x00\x00\x00\x00\xd0\xd3\x05", 76, 0, -1, -1);
	/* #24 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f000503f000ul, 0x1000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #25 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 300, 0x3b88ul,
	    "\x40\x00\x00\x00\x57\xae\x81\xea\x06", 9,
	    "", 0, 0, -1, -1);
	/* #26 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02", 25,
	    "\x80\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x03", 13, 0, -1, -1);
	/* #27 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #28 [t1] VFIO_DEVICE_FEATURE: 0 */
	ioc("t1 VFIO_DEVICE_FEATURE", "0", 1, 310, 0x3b75ul,
	    "\x08\x00\x00\x00\x04\x00\x04", 7,
	    "", 0, 0, -1, -1);
	/* #29 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0004028000ul, 0x4000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #30 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 332);
	/* #31 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x50\x2a\x0b\x00\x00\x00\x00\x00\x50\x2a\x0b\x00\x00\x00\x00\x00\x80\x52\x05\x00\x00\x00\x00\xff\xaf\x52\x05", 28, 0, -1, -1);
	/* #32 [t1] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t1 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 1, 310, 0x3b75ul,
	    "\x18\x00\x00\x00\x08\x00\x01", 7,
	    "", 0, 0, -1, -1);
	/* #33 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOTTY */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOTTY", 1, 350, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x09", 17,
	    "", 0, 0, -1, -1);
	/* #34 [t1] edu config command: 2 */
	memcpy(buf, "\x02\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #35 [t1] edu dma src: 4 */
	memcpy(buf, "\x8e\x08\x04\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #36 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #37 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01", 19,
	    "", 0, 0, -1, -1);
	/* #38 [t0] IOASID_KVM_SET: -1 EINVAL */
	ioc("t0 IOASID_KVM_SET", "-1 EINVAL", 0, 300, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x5e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #39 [t1] edu dma dst: 4 */
	memcpy(buf, "\xea\x49\x10\x01", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #40 [t1] edu dma count: 4 */
	memcpy(buf, "\x7b\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #41 [t1] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #42 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x1a\x00\x00\x00\x0d\x1f\x5d\x0b\x7d\x00\x33\x25\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #43 [t1] IOASID_KVM_UNSET: 0 */
	ioc("t1 IOASID_KVM_UNSET", "0", 1, 300, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #44 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x16", 5,
	    "", 0, 0, -1, -1);
	/* #45 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\xf8\x01\x00\x00\x05\x00\x00\x00"
	    "\x00\x90\x5c", 35,
	    "", 0, 0, -1, -1);
	/* #46 [t1] TEST_OP_PASID_CHECK_HWPT: -1 EBADF */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 EBADF", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x03\x00\x00\x00\x40", 21,
	    "", 0, 0, -1, -1);
	/* #47 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #48 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\xc0\x54\x09", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #49 [t1] edu dma dst: 4 */
	memcpy(buf, "\x21\x01\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #50 [t1] edu dma count: 4 */
	memcpy(buf, "\x2b\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #51 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #52 [t1] TEST_OP_ACCESS_RW: -1 EINVAL */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x43\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x9c\x0e\x00\x01\x00\x00\x00\x00\x74\x04\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x05", 41,
	    "", 0, 0, -1, -1);
	/* #53 [t1] IOMMU_HWPT_INVALIDATE: -1 EINVAL */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 EINVAL", 1, 300, 0x3b8dul,
	    "\x1e\x00\x00\x00\xff\xff\xff\xff\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x02", 13, 0, -1, -1);
	/* #54 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x28\x07\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55 [t1] IOMMU_IOAS_ALLOC: -1 EBADF */
	ioc("t1 IOMMU_IOAS_ALLOC", "-1 EBADF", 1, -1, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #56 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x06\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #57 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 300, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 325);
	/* #58 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #59 [t1] edu dma src: 4 */
	memcpy(buf, "\xac\x02\x04\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #60 [t1] edu dma dst: 4 */
	memcpy(buf, "\xe3\x6d\x10\x01", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #61 [t1] edu dma count: 4 */
	memcpy(buf, "\xe6\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #62 [t1] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #63 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x03\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #64 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 29,
	    "", 0, 0, -1, -1);
	/* #65 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #66 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x0a\x00\x00\x00\x01\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00\xb0\x95\x4a\x00\x00\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(323, buf, 8), "-1 EBADF");
	/* #67 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 300, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 324);
	/* #68 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x00\x00"
	    "\x00\xa0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #69 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #70 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x24", 1,
	    "", 0, 0, -1, -1);
	/* #71 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #72 [t1] IOMMU_IOAS_UNMAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EFAULT", 1, 300, 0x3b86ul,
	    "\x3d\x20\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01", 19,
	    "", 0, 0, -1, -1);
	/* #73 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EINVAL", 1, 300, 0x3b84ul,
	    "\x1d\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #74 [t1] IOMMU_HWPT_ALLOC: 0 */
	ioc("t1 IOMMU_HWPT_ALLOC", "0", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x03\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #75 [t1] open ioasid: 301 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "301");
	to_fd(r, 301);
	/* #76 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0002004000ul, 0x25000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #77 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: 0 */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf2\xaa\x29\x9a", 20,
	    "", 0, 0, -1, -1);
	/* #78 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x11", 5,
	    "", 0, 0, -1, -1);
	/* #79 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1f", 13,
	    "", 0, 0, -1, -1);
	/* #80 [t1] VFIO_DEVICE_GET_INFO: 0 */
	ioc("t1 VFIO_DEVICE_GET_INFO", "0", 1, 310, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #81 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\xff\xff\xff\xff\x00\x20\xfd\x03\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #82 [t1] close: 0 */
	say("t1 close", close(300), "0");
	/* #83 [t1] IOMMU_OPTION: -1 ENOENT */
	ioc("t1 IOMMU_OPTION", "-1 ENOENT", 1, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #84 [t1] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #85 [t1] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EBADF", 1, 300, 0x3b85ul,
	    "\x26\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x70\x03\x03\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x8e\x01", 36,
	    "", 0, 0, -1, -1);
	/* #86 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #87 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000001d000ul, 0x1000ul, 14), "0");
	/* #88 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x05\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #89 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80\x00\x10\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00"
	    "\x00\x10\x24\x09", 36,
	    "", 0, 0, -1, -1);
	/* #90 [t1] open ioasid: 302 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "302");
	to_fd(r, 302);
	/* #91 [t1] IOMMU_HWPT_ALLOC: -1 E2BIG */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 E2BIG", 1, 301, 0x3b89ul,
	    "\x4b\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x22\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 75,
	    "", 0, 0, -1, -1);
	/* #92 [t1] TEST_OP_ADD_RESERVED: -1 ENOENT */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x58\x08\x00\x00\x00\x00\x00\x10", 26,
	    "", 0, 0, -1, -1);
	/* #93 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x21", 13,
	    "", 0, 0, -1, -1);
	/* #94 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 29,
	    "", 0, 0, -1, -1);
	/* #95 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 301, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 322);
	/* #96 [t1] VFIO_DEVICE_PCI_HOT_RESET: -1 EBADF */
	ioc("t1 VFIO_DEVICE_PCI_HOT_RESET", "-1 EBADF", 1, 315, 0x3b71ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #97 [t1] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x07", 21,
	    "", 0, 0, -1, -1);
	/* #98 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x01", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #99 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x60\x03\x05\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\x74\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #100 [t1] close: 0 */
	say("t1 close", close(302), "0");
	/* #101 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #102 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f000302e000ul, 0x3000ul), "0");
	/* #103 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000103b000ul, 0x1000ul, 11), "0");
	/* #104 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x90\x2a\x07\x00\x6f\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #105 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x03\x02\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x7b", 35,
	    "", 0, 0, -1, -1);
	/* #106 [t1] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\x7f", 24,
	    "", 0, 0, -1, -1);
	/* #107 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\x30\x40\x0d\x00\x00\x00\x00\x00\x00\x00\x40", 20,
	    "", 0, 0, -1, -1);
	/* #108 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #109 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\x90\xde\x02", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #110 [t1] edu dma dst: 4 */
	memcpy(buf, "\x3e\x00\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #111 [t1] edu dma count: 4 */
	memcpy(buf, "\xee\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #112 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #113 [t1] VFIO_DEVICE_GET_REGION_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_REGION_INFO", "-1 EINVAL", 1, 311, 0x3b6cul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x08", 9,
	    "", 0, 0, -1, -1);
	/* #114 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x12\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x80\x0b\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #115 [t1] TEST_OP_ACCESS_RW: -1 E2BIG */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 E2BIG", 1, 301, 0x3ba0ul,
	    "\x85\x00\x00\x00\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\xd0\x33\x00\x00\x00\x00\x00\x35\x03\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\xff", 133,
	    "", 0, 0, -1, -1);
	/* #116 [t1] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 1, 301, 0x3ba0ul,
	    "\x00\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x16\x00\x00\x00\x0d\x00\x00\x00"
	    "\x00\x50\xa7", 35,
	    "", 0, 0, -1, -1);
	/* #117 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x0d\x07\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #118 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #119 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x20\x07\x00\x00\x6e\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x36\x06", 36,
	    "", 0, 0, -1, -1);
	/* #120 [t1] fork: 0 */
	fork_touch(0x6f0003031000ul, 0x1000ul, 1);
	/* #121 [t1] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP unknown", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x10\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #122 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x70\x01\x00\x00\x00\x00\x00\x00\x60\x4a\x00\x00\x00\x00\x00"
	    "\x00\x40\xfd", 35,
	    "", 0, 0, -1, -1);
	/* #123 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x01\x00\x6f\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff", 38,
	    "", 0, 0, -1, -1);
	/* #124 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x70\x01\x06\x00\x6f\x00\x00\x00\xd0\x01\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff", 38,
	    "", 0, 0, -1, -1);
	/* #125 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f000714f000ul, 0x2000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #126 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\xff\xff\xff\x7f", 8,
	    "", 0, 0, -1, -1);
	/* #127 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f000403f000ul, 0x1000ul), "0");
	/* #128 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(325, buf, 160), "0");
	/* #129 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x00\x01\x00\x6f\x00\x00\x00\x50\x02\x00\x00\x00\x00\x00"
	    "\x00\xf0\x5e\x03", 36,
	    "", 0, 0, -1, -1);
	/* #130 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 1, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #131 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0b\x00\x00\x00\x03\x00\x00\x00\x68\x01\x00\x00\x07", 29,
	    "", 0, 0, -1, -1);
	/* #132 [t1] VFIO_DEVICE_PCI_HOT_RESET: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_PCI_HOT_RESET", "-1 ENODEV", 1, 310, 0x3b71ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #133 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\xb8", 35,
	    "", 0, 0, -1, -1);
	/* #134 [t1] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x04\x00\x00\x00\x40", 21,
	    "", 0, 0, -1, -1);
	/* #135 [t1] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0e\x00\x00\x00\x27\x00\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #136 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x80\x00\x60\x00\x00\x00\x00\x00\x00\x00\x80\xd0\x0a\x00\x00\x00\x00"
	    "\x00\x50\x14", 35,
	    "", 0, 0, -1, -1);
	/* #137 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x44\x00\x00\x00\x15\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #138 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x80\x00\xa0\x00\x00\x00\x00\x00\x00\x00\x60\xb6\x07\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #139 [t1] VFIO_DEVICE_GET_INFO: 0 */
	ioc("t1 VFIO_DEVICE_GET_INFO", "0", 1, 310, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #140 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x08\x00\x00\x00\x00\x00\x00\x00\xd0\x91\x40\x00\x00\x00\x00\x00\x81\x99\x4a\x00\x00\x00\x00\x00\x36\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(320, buf, 8), "-1 EBADF");
	/* #141 [t1] pread device region: -1 EINVAL */
	say("t1 pread device region", pread(311, buf, 2, 0xf8), "-1 EINVAL");
	/* #142 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #143 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\x7f", 12,
	    "", 0, 0, -1, -1);
	/* #144 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #145 [t1] fork: 0 */
	fork_touch(0x6f000503d000ul, 0x2000ul, 0);
	/* #146 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0001039000ul, 0x5000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #147 [t1] IOMMU_IOAS_COPY: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 EFAULT", 1, 301, 0x3b83ul,
	    "\xff\xff\xff\xff\x06\x00\x00\x00\x24\x00\x00\x00\xff\xff\xff\xff\x00\x50\x00\x00\x00\x00\x00\x00\x00\xf0\x22\x0e\x00\x00\x00\x00"
	    "\x00\xe0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #148 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x07", 5,
	    "", 0, 0, -1, -1);
	/* #149 [t1] open vfio cdev: 315 */
	r = open("/dev/vfio/devices/vfio0", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "315");
	to_fd(r, 315);
	/* #150 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x21\x07\x00\x6f\x00\x00\x00\x40\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #151 [t1] TEST_OP_ADD_RESERVED: -1 ENOENT */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x0c\x00\x00\x00\x00\x00\x80", 26,
	    "", 0, 0, -1, -1);
	/* #152 [t1] TEST_OP_MOCK_DOMAIN: -1 EBADF */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EBADF", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x08", 31,
	    "", 0, 0, -1, -1);
	/* #153 [t1] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 1, 310, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #154 [t1] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t1 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 1, 310, 0x3b75ul,
	    "\x18\x00\x00\x00\x08\x00\x01", 7,
	    "", 0, 0, -1, -1);
	/* #155 [t1] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x90\xe4\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #156 [t1] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 330);
	/* #157 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\xe0\xd0\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x03\x06\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #158 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x04\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #159 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x00\x05\x00\x6f\x00\x00\x00\x40\x03\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #160 [t1] close: -1 EBADF */
	say("t1 close", close(323), "-1 EBADF");
	/* #161 [t1] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 1, 315, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #162 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(325, buf, 40), "0");
	/* #163 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #164 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x84\x1c\x00\x00\x14\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x04\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #165 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x80\x3e\x04\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x90\x22\x04\x00\x00\x00\x00\xff\xcf\x22\x04", 28, 0, -1, -1);
	/* #166 [t1] TEST_OP_TRIGGER_IOPF: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x16\x00\x00\x00\x00\x00\x00\x00\x5a\x00\x00\x00\x0e\x00\x00\x00"
	    "\x00\x20\xfd\x06", 36,
	    "", 0, 0, -1, -1);
	/* #167 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #168 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: -1 EINVAL */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "-1 EINVAL", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0a", 17,
	    "", 0, 0, -1, -1);
	/* #169 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x6f\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\xb5", 35,
	    "", 0, 0, -1, -1);
	/* #170 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #171 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05", 29,
	    "", 0, 0, -1, -1);
	/* #172 [t1] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\xb0\x90\x00\x00\x00\x00\x00"
	    "\x00\x40", 34,
	    "", 0, 0, -1, -1);
	/* #173 [t1] TEST_OP_ACCESS_REPLACE_IOAS: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_REPLACE_IOAS", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #174 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x0d", 5,
	    "", 0, 0, -1, -1);
	/* #175 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000708c000ul, 0x1000ul, 20), "0");
	/* #176 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0001039000ul, 0x6000ul), "0");
	/* #177 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 E2BIG */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 E2BIG", 1, 301, 0x3b82ul,
	    "\xff\xff\xff\xff\x02\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\xa0\x11\x0a\x00\x00\x00\x00\x00\xa0\x11\x0a\x00\x00\x00\x00\x00\x70\xca\x0d\x00\x00\x00\x00\xff\xbf\xca\x0d\x00\x00\x00\x00"
	    "\x00\x90\x61\x08\x00\x00\x00\x00\xff\xff\x61\x08", 44, 0, -1, -1);
	/* #178 [t1] poll fault fd: 1 */
	{
		struct pollfd p = { .fd = 321, .events = POLLIN };
		say("t1 poll fault fd", poll(&p, 1, 0), "1");
	}
	/* #179 [t1] IOMMU_IOAS_ALLOC: -1 EBADF */
	ioc("t1 IOMMU_IOAS_ALLOC", "-1 EBADF", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #180 [t1] KVM_CREATE_VM: 341 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t1 KVM_CREATE_VM", r, "341");
	to_fd(r, 341);
	/* #181 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\x7f\x02\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x10\x59\x08\x00\x00\x00\x00"
	    "\x00\xd0\x3b\x03", 36,
	    "", 0, 0, -1, -1);
	/* #182 [t1] TEST_OP_ACCESS_PAGES: -1 ENOTTY */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 ENOTTY", 1, 341, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00"
	    "\x00\xf0", 34,
	    "", 0, 0, -1, -1);
	/* #183 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x00\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x15\x07\x00\x6f\x00\x00\xff\x0f\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #184 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x00\x10", 46,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #185 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #186 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 301, 0x3b8cul,
	    "\x08\x00\x00\x00\x00\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #187 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x60\x2f\x07\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x0b\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #188 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 20,
	    "", 0, 0, -1, -1);
	/* #189 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0004000000ul, 0x2d000ul, 4), "0");
	/* #190 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x05\x00\x6f\x00\x00\x00\x10\x02\x00\x00\x00\x00\x00"
	    "\x00\xf0\xec\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #191 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x2d\x01\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\xf0\x2b\x01\x00\x00\x00\x00\xff\x4f\x2c\x01", 12, 0, -1, -1);
	/* #192 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x55\x02", 36,
	    "", 0, 0, -1, -1);
	/* #193 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x44\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1c", 17,
	    "", 0, 0, -1, -1);
	/* #194 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x06\x00\x6f\x00\x00\x00\x70\x02\x00\x00\x00\x00\x00"
	    "\x00\x30\x64", 35,
	    "", 0, 0, -1, -1);
	/* #195 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #196 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\xd1\x01\x00\x00\x0c\x00\x00\x00"
	    "\xff\xff\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #197 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\xcc\x00\x00\x00\x0b\x00\x00\x00"
	    "\x00\x70\x4c\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #198 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f000600e000ul, 0x2000ul), "0");
	/* #199 [t1] IOMMU_GET_HW_INFO: -1 E2BIG */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 E2BIG", 1, 301, 0x3b8aul,
	    "\x2a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x34\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xed\xfe\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 42,
	    "", 0, 0, -1, -1);
	/* #200 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xec\x0b\x00\x00\x00\x00\x00\x10\x02\x00\x00\x00\x00\x00"
	    "\x00\x30\x00\x05\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #201 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0004032000ul, 0x4000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #202 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x80\x3e\x04\x00\x00\x00\x00\x00\x80", 18,
	    "", 0, 0, -1, -1);
	/* #203 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x09\x15", 2,
	    "", 0, 0, -1, -1);
	/* #204 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xec\x0b\x00\x00\x00\x00"
	    "\x00\x20\x01\x00\x00\x00\x00\x00\x00\x30\x00\x05\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #205 [t0] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t0 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 335);
	/* #206 [t1] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 1, 301, 0x3ba0ul,
	    "\x00\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 29,
	    "", 0, 0, -1, -1);
	/* #207 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x02", 13,
	    "", 0, 0, -1, -1);
	/* #208 [t1] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EIO", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x01\x00\x00\x00\x00\x00\x00\x00\x02\x03\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #209 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000600b000ul, 0x2000ul, 4), "0");
	/* #210 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #211 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x01\x03\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x89\x08", 36,
	    "", 0, 0, -1, -1);
	/* #212 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x60\x01\x03\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xab\x07", 36,
	    "", 0, 0, -1, -1);
	/* #213 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #214 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #215 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\x50\xab\x07\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #216 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x30\x64\x00\x00\x00\x00\x00"
	    "\x00\xc0\x01\x00\x00\x00\x00\x00\x00\x20\x00\x06\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #217 [t0] open vfio cdev: 313 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "313");
	to_fd(r, 313);
	/* #218 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #219 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\x20\x3d\x01\x00\x00\x00\x00"
	    "\x00\x30\xed\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #220 [t0] ioasid unknown nr: -1 ENOTTY */
	ioc("t0 ioasid unknown nr", "-1 ENOTTY", 0, 301, 0x3b8bul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 12,
	    "", 0, 0, -1, -1);
	/* #221 [t0] IOMMU_OPTION: -1 EINVAL */
	ioc("t0 IOMMU_OPTION", "-1 EINVAL", 0, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x28\xf9\x37\x3c\xcb\x19\xc0\xcb", 24,
	    "", 0, 0, -1, -1);
	/* #222 [t0] VFIO_DEVICE_PCI_HOT_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_PCI_HOT_RESET", "-1 EINVAL", 0, 310, 0x3b71ul,
	    "\x14\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x44\x01\x00\x00\x3d\x01", 18,
	    "", 0, 0, -1, -1);
	/* #223 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x30\x64\x00\x00\x00\x00\x00\x00\x70\x02", 19,
	    "", 0, 0, -1, -1);
	/* #224 [t0] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EBADF", 0, 302, 0x3b86ul,
	    "\x30\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #225 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #226 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #227 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #228 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x06\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\x82\x06", 36,
	    "", 0, 0, -1, -1);
	/* #229 [t0] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOENT", 0, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #230 [t0] close: -1 EBADF */
	say("t0 close", close(330), "-1 EBADF");
	/* #231 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #232 [t0] read fault fd: -1 EBADF */
	say("t0 read fault fd", read(320, buf, 0), "-1 EBADF");
	/* #233 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 301, 0x3b80ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #234 [t0] read fault fd: -1 EBADF */
	say("t0 read fault fd", read(321, buf, 171), "-1 EBADF");
	/* #235 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xf0\xec\x0b\x00\x00\x00\x00\x00\x10\x02", 19,
	    "", 0, 0, -1, -1);
	/* #236 [t0] IOMMU_IOAS_UNMAP: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 E2BIG", 0, 301, 0x3b86ul,
	    "\x2b\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 43,
	    "", 0, 0, -1, -1);
	/* #237 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #238 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #239 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07", 29,
	    "", 0, 0, -1, -1);
	/* #240 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x60\xac\x0d\x00\x00\x00\x00\xff\x4f\xad\x0d\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00"
	    "\x00\x00\x88\x09\x00\x00\x00\x00\xff\xff\x87\x49", 44, 0, -1, -1);
	/* #241 [t1] TEST_OP_MD_CHECK_REFS: 0 */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\xe0\x02\x05\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #242 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\xb0\xbe\x07\x00\x00\x00\x00\x00\x08", 18,
	    "", 0, 0, -1, -1);
	/* #243 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x1f", 17,
	    "", 0, 0, -1, -1);
	/* #244 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\xd0\x82\x06\x00\x00\x00\x00\x00\x80", 18,
	    "", 0, 0, -1, -1);
	/* #245 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 301, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 321);
	/* #246 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x1b", 17,
	    "", 0, 0, -1, -1);
	/* #247 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 72,
	    "", 0, 0, -1, -1);
	/* #248 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\x00\x40\x02\x00\x00\x00\x00\x00\x00\x90\x4d\x00\x00\x00\x00\x00"
	    "\x00\xb0\x89\x08", 36,
	    "", 0, 0, -1, -1);
	/* #249 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EFAULT", 1, 301, 0x3b84ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x20\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #250 [t1] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EINVAL", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\xa0\x44\x0f", 12,
	    "", 0, 0, -1, -1);
	/* #251 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #252 [t1] IOASID_KVM_UNSET: 0 */
	ioc("t1 IOASID_KVM_UNSET", "0", 1, 301, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #253 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x02\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x70\xb2\x05\x00\x00\x00\x00"
	    "\x00\x90\x89\x08", 36,
	    "", 0, 0, -1, -1);
	/* #254 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 301, 0x3b8eul,
	    "\x8b\x10", 2,
	    "", 0, 0, 12, 320);
	/* #255 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 301, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 323);
	/* #256 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x24", 1,
	    "", 0, 0, -1, -1);
	/* #257 [t1] IOASID_KVM_UNSET: -1 ENOTTY */
	ioc("t1 IOASID_KVM_UNSET", "-1 ENOTTY", 1, 1, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #258 [t1] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x08", 21,
	    "", 0, 0, -1, -1);
	/* #259 [t1] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x05", 21,
	    "", 0, 0, -1, -1);
	/* #260 [t1] IOASID_KVM_SET: -1 EOPNOTSUPP */
	ioc("t1 IOASID_KVM_SET", "-1 EOPNOTSUPP", 1, 301, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x01\x00\x00\x55\x01", 10,
	    "", 0, 0, -1, -1);
	/* #261 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 1, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #262 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\xd4\x01\x00\x00\x06\x00\x00\x00"
	    "\x00\x30\xc8", 35,
	    "", 0, 0, -1, -1);
	/* #263 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x70\x89\x08\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #264 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x70\xb2\x05\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #265 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #266 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x05\x00\x00\x00\x0e\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x09", 41,
	    "", 0, 0, -1, -1);
	/* #267 [t1] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EBADF", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x01\x03", 36,
	    "", 0, 0, -1, -1);
	/* #268 [t1] close: 0 */
	say("t1 close", close(340), "0");
	/* #269 [t0] edu dma src: 4 */
	memcpy(buf, "\x00\x30\x99\x0c", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #270 [t0] edu dma dst: 4 */
	memcpy(buf, "\x79\x05\x04\x00", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #271 [t0] edu dma count: 4 */
	memcpy(buf, "\xcf\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #272 [t0] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #273 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x01\x00\x6f\x00\x00\x00\x40\x02\x00\x00\x00\x00\x00"
	    "\x00\x50\xa7\x04", 36,
	    "", 0, 0, -1, -1);
	/* #274 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x90\x00\x00\x00\x6f\x00\x00\x00\xb0\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\x29\x04", 36,
	    "", 0, 0, -1, -1);
	/* #275 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x40\x01", 19,
	    "", 0, 0, -1, -1);
	/* #276 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x01\x01\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #277 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(325, buf, 160), "0");
	/* #278 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f00073b4000ul, 0x3000ul, 20), "0");
	/* #279 [t0] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP unknown", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x10\x00\x00\x00\x0a", 9,
	    "", 0, 0, -1, -1);
	/* #280 [t0] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0000013000ul, 0x4000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t0 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #281 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #282 [t0] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t0 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 0, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #283 [t0] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t0 TEST_OP_CREATE_ACCESS", "0", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 335);
	/* #284 [t0] IOASID_KVM_SET: -1 EBADF */
	ioc("t0 IOASID_KVM_SET", "-1 EBADF", 0, 301, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x54\x01", 10,
	    "", 0, 0, -1, -1);
	/* #285 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x62\x07\x00\x00\x00\x00\x00\x40", 26,
	    "", 0, 0, -1, -1);
	/* #286 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\xa9\x00\x00\x00\x00\x00"
	    "\x00\x60", 34,
	    "", 0, 0, -1, -1);
	/* #287 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x5e\x04\x00\x00\x00\x00"
	    "\x00\x80", 34,
	    "", 0, 0, -1, -1);
	/* #288 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #289 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x20\x03\x06\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\xe8", 35,
	    "", 0, 0, -1, -1);
	/* #290 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x0a\x00\x00\x00\x00\x00\x00\x00\x0b\x00\x00\x00\x01\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x28\x00\x00\x00\x28\x00\x00\x00", 32);
	say("t0 write fault fd", write(324, buf, 24), "-1 EINVAL");
	/* #291 [t0] VFIO_DEVICE_PCI_HOT_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_PCI_HOT_RESET", "-1 EINVAL", 0, 310, 0x3b71ul,
	    "\x04", 1,
	    "", 0, 0, -1, -1);
	/* #292 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #293 [t0] VFIO_DEVICE_GET_INFO: 0 */
	ioc("t0 VFIO_DEVICE_GET_INFO", "0", 0, 310, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #294 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x80\x2c\x07\x00\x6f\x00\x00\x00\xe0\x02\x00\x00\x00\x00\x00"
	    "\x00\xd0\x83\x06", 36,
	    "", 0, 0, -1, -1);
	/* #295 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0001015000ul, 0x3000ul), "0");
	/* #296 [t0] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\xf0\x13\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x20\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x83\x06\x00\x00\x00\x00"
	    "\x00\xb0", 34,
	    "", 0, 0, -1, -1);
	/* #297 [t0] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t0 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #298 [t0] IOMMU_IOAS_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_ALLOC", "-1 EINVAL", 0, 301, 0x3b81ul,
	    "\x0b", 1,
	    "", 0, 0, -1, -1);
	/* #299 [t0] IOMMU_DESTROY: 0 */
	ioc("t0 IOMMU_DESTROY", "0", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x05", 5,
	    "", 0, 0, -1, -1);
	/* #300 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #301 [t0] IOMMU_IOAS_MAP: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_MAP", "-1 E2BIG", 0, 301, 0x3b85ul,
	    "\x5a\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x01\x05\x00\x6f\x00\x00\x00\xa0\x01\x00\x00\x00\x00\x00"
	    "\x00\x30\x0b\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 90,
	    "", 0, 0, -1, -1);
	/* #302 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x30\x01\x06\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\x0d\x07", 36,
	    "", 0, 0, -1, -1);
	/* #303 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x05\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x8f\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #304 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x40\xcb\x0a\x00\x00\x00\x00"
	    "\x00\xc0\x36\x03", 36,
	    "", 0, 0, -1, -1);
	/* #305 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x90\x03\x00\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\xc5", 35,
	    "", 0, 0, -1, -1);
	/* #306 [t0] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6e\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #307 [t0] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #308 [t0] VFIO_DEVICE_GET_REGION_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_REGION_INFO", "-1 EINVAL", 0, 315, 0x3b6cul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x09", 9,
	    "", 0, 0, -1, -1);
	/* #309 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\xb0\xd4\x00\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #310 [t0] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t0 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 333);
	/* #311 [t0] IOMMU_IOAS_UNMAP: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOTTY", 0, 321, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #312 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 301, 0x3b85ul,
	    "\x00\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x03\x00\x6f\x00\x00\x00\xc0\x02\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #313 [t0] TEST_OP_CREATE_ACCESS: -1 E2BIG */
	ioc("t0 TEST_OP_CREATE_ACCESS", "-1 E2BIG", 0, 301, 0x3ba0ul,
	    "\x6d\x00\x00\x00\x05\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 109,
	    "", 0, 0, 16, 331);
	/* #314 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0a\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xc0\x76\xc4\x1a\x3e\x13\xe8"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #315 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #316 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x0d\x07\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x30\x01\x06\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #317 [t0] TEST_OP_DIRTY: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_DIRTY", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0d\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x9f\x0a\x00\x00\x00\x00"
	    "\x00\x20\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 54,
	    "", 0, 0, -1, -1);
	/* #318 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x04\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #319 [t0] IOMMU_IOAS_ALLOC: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_ALLOC", "-1 E2BIG", 0, 301, 0x3b81ul,
	    "\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 26,
	    "", 0, 0, -1, -1);
	/* #320 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #321 [t0] open vfio cdev: 314 */
	r = open("/dev/vfio/devices/vfio0", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "314");
	to_fd(r, 314);
	/* #322 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x23", 17,
	    "", 0, 0, -1, -1);
	/* #323 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x08\x00\x00\x00\x01\x00\x00\x00\x07\x01\x00\x00\x00\x00\x00\x00\x8d\x97\x4a\x00\x00\x00\x00\x00\x2d\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t0 write fault fd", write(320, buf, 8), "-1 EINVAL");
	/* #324 [t0] IOMMU_DESTROY: 0 */
	ioc("t0 IOMMU_DESTROY", "0", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x06", 5,
	    "", 0, 0, -1, -1);
	/* #325 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\xf8\x4c\x03\x04\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\xf8\x1c", 34,
	    "", 0, 0, -1, -1);
	/* #326 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x0d\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x28\x00\x00\x00\x28\x00\x00\x00", 32);
	say("t0 write fault fd", write(320, buf, 24), "-1 EINVAL");
	/* #327 [t0] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x28\x01\x00\x00\x0f\x00\x00\x00"
	    "\x00\x30\x35\x02", 36,
	    "", 0, 0, -1, -1);
	/* #328 [t0] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 26,
	    "", 0, 0, -1, -1);
	/* #329 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x0a", 9,
	    "", 0, 0, -1, -1);
	/* #330 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0007060000ul, 0x3000ul, 3), "0");
	/* #331 [t0] madvise: -1 ENOMEM */
	say("t0 madvise", madvise((void *)0x6f000103c000ul, 0x3000ul, 4), "-1 ENOMEM");
	/* #332 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0002000000ul, 0x36000ul, 3), "0");
	/* #333 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #334 [t0] IOMMU_OPTION: 0 */
	ioc("t0 IOMMU_OPTION", "0", 0, 301, 0x3b87ul,
	    "\xc9\x16\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x0a", 13,
	    "", 0, 0, -1, -1);
	/* #335 [t0] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t0 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 333);
	/* #336 [t0] VFIO_DEVICE_FEATURE: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_FEATURE", "-1 EINVAL", 0, 314, 0x3b75ul,
	    "\x18\x00\x00\x00\x05\x00\x01", 7,
	    "", 0, 0, -1, -1);
	/* #337 [t0] TEST_OP_MD_CHECK_REFS: -1 EBADF */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EBADF", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xa0\x00\x01\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #338 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #339 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x1a", 9,
	    "", 0, 0, -1, -1);
	/* #340 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #341 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x0a\x00\x00\x00\x00\xd0\x83\x06\x00\x00\x00\x00\x00\xe0\x02", 19,
	    "", 0, 0, -1, -1);
	/* #342 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x0a\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #343 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f000200c000ul, 0x3000ul, 3), "0");
	/* #344 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xe0\x0d\x07\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #345 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0006008000ul, 0x11000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x1, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #346 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x6f\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00"
	    "\x00\x20\x33", 35,
	    "", 0, 0, -1, -1);
	/* #347 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x04\x00\x6f\x00\x00\x00\x30\x02\x00\x00\x00\x00\x00"
	    "\x00\x10\x90", 35,
	    "", 0, 0, -1, -1);
	/* #348 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #349 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x90\x03\x02\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x7e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #350 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02", 21,
	    "", 0, 0, -1, -1);
	/* #351 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x07\x00\x00\x00\x00\x10\x90\x00\x00\x00\x00\x00\x00\x30\x02", 19,
	    "", 0, 0, -1, -1);
	/* #352 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x02\x01\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\xa7\x07", 36,
	    "", 0, 0, -1, -1);
	/* #353 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\x0d\x08\x00\x00\x00\x01", 25,
	    "\x01\x00\x00\x00\x03", 5, 0, -1, -1);
	/* #354 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x20\xe1\x04\x00\x00\x00\x00"
	    "\x00\x10\x7e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #355 [t1] write fault fd: -1 EINVAL */
	memcpy(buf, "\x0a\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00", 32);
	say("t1 write fault fd", write(324, buf, 32), "-1 EINVAL");
	/* #356 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xd0\x0d\x07\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #357 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x01\x00\x00\x03\x00\x00\x00"
	    "\x95\xf5\xff\x7f", 36,
	    "", 0, 0, -1, -1);
	/* #358 [t1] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x40\x3b\x07\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #359 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x90\x02\x06\x00\x6f\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\x38", 35,
	    "", 0, 0, -1, -1);
	/* #360 [t1] IOMMU_IOAS_IOVA_RANGES: -1 ENOTTY */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 ENOTTY", 1, 325, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #361 [t1] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x40", 21,
	    "", 0, 0, -1, -1);
	/* #362 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EOPNOTSUPP", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #363 [t1] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #364 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 301, 0x3ba0ul,
	    "\xc9\x1c\x00\x00\x02\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #365 [t1] TEST_OP_MOCK_DOMAIN: -1 EBADF */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EBADF", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x16", 9,
	    "", 0, 0, -1, -1);
	/* #366 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 29,
	    "", 0, 0, -1, -1);
	/* #367 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f000102c000ul, 0x9000ul), "0");
	/* #368 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\xdd\x13\x7e\x07\x00\x00\x00\x00\xea\x0b\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #369 [t0] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 0, 311, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #370 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0004022000ul, 0x1000ul, 4), "0");
	/* #371 [t1] TEST_OP_ADD_RESERVED: -1 EBADF */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 EBADF", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x20", 26,
	    "", 0, 0, -1, -1);
	/* #372 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #373 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADF */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADF", 1, 302, 0x3ba0ul,
	    "\x88\x00\x00\x00\x06\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\xff", 136,
	    "", 0, 0, -1, -1);
	/* #374 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #375 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 301, 0x3b85ul,
	    "\x24\x20\x00\x00\x06\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x00\x05\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\xda", 35,
	    "", 0, 0, -1, -1);
	/* #376 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x18\x00\x00\x00\x00\xd0\x5b\x05\x00\x00\x00\x00\x00\x20\x01", 19,
	    "", 0, 0, -1, -1);
	/* #377 [t1] IOASID_KVM_UNSET: 0 */
	ioc("t1 IOASID_KVM_UNSET", "0", 1, 301, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #378 [t1] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x12", 21,
	    "", 0, 0, -1, -1);
	/* #379 [t1] TEST_OP_PAGE_RESPONSES: 0 */
	ioc("t1 TEST_OP_PAGE_RESPONSES", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0e", 17,
	    "", 0, 0, -1, -1);
	/* #380 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #381 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x12", 13,
	    "", 0, 0, -1, -1);
	/* #382 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #383 [t1] open ioasid: 300 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "300");
	to_fd(r, 300);
	/* #384 [t1] pread device region: -1 EINVAL */
	say("t1 pread device region", pread(311, buf, 2, 0x70000000055), "-1 EINVAL");
	/* #385 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #386 [t1] IOMMU_IOAS_COPY: -1 ENOTTY */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOTTY", 1, 350, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x7a\x0c\x00\x00\x00\x00"
	    "\x00\x60\x7e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #387 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x2c", 1,
	    "", 0, 0, -1, -1);
	/* #388 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x11\x00\x00\x00\x04\x00\x00\x00\x4a\x01\x00\x00\x0e\x00\x00\x00"
	    "\x00\x90\x26\x05", 36,
	    "", 0, 0, -1, -1);
	/* #389 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1a\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x0b\x00\x00\x00"
	    "\x00\x50\xb2\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #390 [t1] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02\x01\x00\x6f\x00\x00\x00\x90\x01\x00\x00\x00\x00\x00"
	    "\x00\xd0\xf2\x04", 36,
	    "", 0, 0, -1, -1);
	/* #391 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x13\x00\x00\x00\x00\x30\x92\x0b\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #392 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\x00\x20\x00\x00\x00\x00\x00\x00\x00\xb0\x8f\x0a\x00\x00\x00\x00"
	    "\x00\x70\x4f", 35,
	    "", 0, 0, -1, -1);
	/* #393 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x50\xad\x00\x00\x00\x00\x00"
	    "\x00\x08", 34,
	    "", 0, 0, -1, -1);
	/* #394 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #395 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x80\x00\x00\x26", 17,
	    "", 0, 0, -1, -1);
	/* #396 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x11\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #397 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x0d\x00\x00\x00\x11\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x0b", 41,
	    "", 0, 0, -1, -1);
	/* #398 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x12", 13,
	    "", 0, 0, -1, -1);
	/* #399 [t1] IOASID_KVM_SET: -1 EINVAL */
	ioc("t1 IOASID_KVM_SET", "-1 EINVAL", 1, 300, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x44\x01", 10,
	    "", 0, 0, -1, -1);
	/* #400 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f000302f000ul, 0x11000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #401 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #402 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x17", 5,
	    "", 0, 0, -1, -1);
	/* #403 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x06\x00\x6f\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #404 [t0] open vfio cdev: 312 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "312");
	to_fd(r, 312);
	/* #405 [t0] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EBADF", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #406 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #407 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x12", 17,
	    "", 0, 0, -1, -1);
	/* #408 [t0] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0002002000ul, 0x3000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t0 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #409 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0001014000ul, 0x1000ul, 0), "0");
	/* #410 [t0] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t0 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 0, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #411 [t0] fork: 0 */
	fork_touch(0x6f000403f000ul, 0x1000ul, 0);
	/* #412 [t1] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x77\x93\x5e\xa7\x02\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x06\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x48\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #413 [t1] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\xd0\xe5\x00\x00\x00\x00\x00\xb7\x02\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #414 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\xe0\x1a\x07\x00\x6f\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\xcd\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #415 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(322, buf, 120), "0");
	/* #416 [t1] TEST_OP_CREATE_ACCESS: -1 E2BIG */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 E2BIG", 1, 300, 0x3ba0ul,
	    "\x50\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 80,
	    "", 0, 0, 16, 334);
	/* #417 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EFAULT", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x12\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #418 [t1] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\xe1\x06\xfc\x44\x00\x00\x00\x00\x00\x00\x29\x0f\x00\x00\x00\x00"
	    "\x00\xc0\x02", 35,
	    "", 0, 0, -1, -1);
	/* #419 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x02\x01\x00\x6f\x00\x00\x00\x30\x01\x00\x00\x00\x00\x00"
	    "\x00\x60\xb2", 35,
	    "", 0, 0, -1, -1);
	/* #420 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0000025000ul, 0x4000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #421 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x16\x00\x00\x00\x00\x00\x00\x00\x00\x60\x01\x03\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xe5", 35,
	    "", 0, 0, -1, -1);
	/* #422 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #423 [t1] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x4f\x07\x00\x01\x00\x00\x00\x00\x83\x0c\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #424 [t1] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EIO", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\xb0\x16\x07\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #425 [t1] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\xf0\x6b\x02\x00\x00\x00\x00\x05\x0e\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #426 [t1] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EIO", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xf0\x02\x06\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #427 [t1] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #428 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 300, 0x3b88ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x0d", 9,
	    "", 0, 0, -1, -1);
	/* #429 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x12\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #430 [t1] IOMMU_HWPT_ALLOC: -1 E2BIG */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 E2BIG", 1, 301, 0x3b89ul,
	    "\x3a\x20\x00\x00\x18\x00\x00\x00\x0e\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #431 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\x13", 17,
	    "", 0, 0, -1, -1);
	/* #432 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x05\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\x06\x01", 36,
	    "", 0, 0, -1, -1);
	/* #433 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05", 29,
	    "", 0, 0, -1, -1);
	/* #434 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 29,
	    "", 0, 0, -1, -1);
	/* #435 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0a\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #436 [t1] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 ENOENT", 1, 301, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x80", 33,
	    "", 0, 0, -1, -1);
	/* #437 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #438 [t1] VFIO_DEVICE_PCI_HOT_RESET: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_PCI_HOT_RESET", "-1 ENODEV", 1, 310, 0x3b71ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #439 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0003012000ul, 0x13000ul), "0");
	/* #440 [t1] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 1, 314, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #441 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #442 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x13", 13,
	    "", 0, 0, -1, -1);
	/* #443 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #444 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x18", 17,
	    "", 0, 0, -1, -1);
	/* #445 [t1] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x1f\xd8\x05\x36\x28\x59\xc6\x62\xa1\x07\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x05", 41,
	    "", 0, 0, -1, -1);
	/* #446 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x01\x03\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #447 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #448 [t1] IOMMU_GET_HW_INFO: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 EOPNOTSUPP", 1, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x99\x3f\x0c\xde\x00\x00\x00\x00\x2f\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xed\xfe", 28,
	    "", 0, 0, -1, -1);
	/* #449 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x02\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x8a\x01", 36,
	    "", 0, 0, -1, -1);
	/* #450 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 E2BIG */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 E2BIG", 1, 300, 0x3ba0ul,
	    "\x72\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x21\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 114,
	    "", 0, 0, -1, -1);
	/* #451 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x11\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #452 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(322, buf, 40), "0");
	/* #453 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x6f\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00"
	    "\x00\xe0\x39\x04", 36,
	    "", 0, 0, -1, -1);
	/* #454 [t0] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 20,
	    "", 0, 0, -1, -1);
	/* #455 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #456 [t0] edu dma src: 4 */
	memcpy(buf, "\x00\x50\x71\x05", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #457 [t0] edu dma dst: 4 */
	memcpy(buf, "\x2b\x0a\x04\x00", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #458 [t0] edu dma count: 4 */
	memcpy(buf, "\x67\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #459 [t0] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #460 [t0] IOMMU_IOAS_MAP: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_MAP", "-1 E2BIG", 0, 300, 0x3b85ul,
	    "\x30\x00\x00\x00\x0b\x63\x4b\x6f\xff\xff\xff\xff\x00\x00\x00\x00\x00\x50\x00\x01\x00\x6f\x00\x00\x00\x30\x03\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 48,
	    "", 0, 0, -1, -1);
	/* #461 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x13\x00\x00\x00\x00\x00\x3d\x04\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #462 [t1] edu config command: -1 EINVAL */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(314, buf, 2, 0x70000000004), "-1 EINVAL");
	/* #463 [t1] edu dma src: -1 EINVAL */
	memcpy(buf, "\x50\x09\x04\x00", 4);
	say("t1 edu dma src", pwrite(314, buf, 4, 0x80), "-1 EINVAL");
	/* #464 [t1] edu dma dst: -1 EINVAL */
	memcpy(buf, "\x00\x80\xbf\x04", 4);
	say("t1 edu dma dst", pwrite(314, buf, 4, 0x88), "-1 EINVAL");
	/* #465 [t1] edu dma count: -1 EINVAL */
	memcpy(buf, "\x16\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(314, buf, 4, 0x90), "-1 EINVAL");
	/* #466 [t1] edu dma start: -1 EINVAL */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(314, buf, 4, 0x98), "-1 EINVAL");
	/* #467 [t1] poll fault fd: 0 */
	{
		struct pollfd p = { .fd = 325, .events = POLLIN };
		say("t1 poll fault fd", poll(&p, 1, 0), "0");
	}
	/* #468 [t1] open ioasid: 302 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "302");
	to_fd(r, 302);
	/* #469 [t1] TEST_OP_PAGE_RESPONSES: -1 ENOENT */
	ioc("t1 TEST_OP_PAGE_RESPONSES", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 20,
	    "", 0, 0, -1, -1);
	/* #470 [t1] close: 0 */
	say("t1 close", close(300), "0");
	/* #471 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x80\x02\x02\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xc4", 35,
	    "", 0, 0, -1, -1);
	/* #472 [t1] edu config command: 2 */
	memcpy(buf, "\x02\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #473 [t1] edu dma src: 4 */
	memcpy(buf, "\x30\x0a\x04\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #474 [t1] edu dma dst: 4 */
	memcpy(buf, "\x00\xd0\x8c\x03", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #475 [t1] edu dma count: 4 */
	memcpy(buf, "\x0d\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #476 [t1] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #477 [t1] TEST_OP_ADD_RESERVED: -1 ENOENT */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\xa0\xd2\x00\x00\x00\x00\x00\x00\x80", 26,
	    "", 0, 0, -1, -1);
	/* #478 [t1] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6f\x00\x00\x00\x80\x01\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #479 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x1a\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x07\x00\x00\x00\x08\x00\x00\x00\x02", 25,
	    "\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x03", 13, 0, -1, -1);
	/* #480 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(323, buf, 160), "0");
	/* #481 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0001018000ul, 0x4000ul), "0");
	/* #482 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x01\x00\x00\x00\x00\x00\x00\x00\x0b\x00\x00\x00\x01\x00\x00\x00\x85\x3b\x00\x00\x00\x00\x00\x00\x28\x00\x00\x00\x28\x00\x00\x00", 32);
	say("t0 write fault fd", write(325, buf, 16), "-1 EINVAL");
	/* #483 [t0] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 0, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #484 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x21\x00\x00\x00\x00\x00\x00\x00\x00\x90\x2c\x07\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x2e\x06", 36,
	    "", 0, 0, -1, -1);
	/* #485 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x50\x86\xc4\xd4\x89\xe0\x0c"
	    "\x00\x20\x7e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #486 [t0] fork: 0 */
	fork_touch(0x6f0004033000ul, 0x2000ul, 1);
	/* #487 [t1] IOMMU_HWPT_ALLOC: 0 */
	ioc("t1 IOMMU_HWPT_ALLOC", "0", 1, 301, 0x3b89ul,
	    "\x86\x1b\x00\x00\x09\x00\x00\x00\x17\x00\x00\x00\x15", 13,
	    "", 0, 0, -1, -1);
	/* #488 [t1] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_COPY", "-1 EINVAL", 1, 301, 0x3b83ul,
	    "\x25\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x90\x65\x0b\x00\x00\x00\x00"
	    "\x00\xe0\x0d\x07", 36,
	    "", 0, 0, -1, -1);
	/* #489 [t1] open vfio cdev: 317 */
	r = open("/dev/vfio/devices/vfio0", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "317");
	to_fd(r, 317);
	/* #490 [t1] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x15", 17,
	    "", 0, 0, -1, -1);
	/* #491 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x0f\x00\x00\x00\x00\x40\xc0\x00\x00\x00\x00\x00\x00\xd0\x03", 19,
	    "", 0, 0, -1, -1);
	/* #492 [t1] IOMMU_OPTION: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_OPTION", "-1 EOPNOTSUPP", 1, 302, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x04\x00\x11\x00\x00\x00\xfd\xd8\x8a\x2c\xd5\x49\x6d\xb7", 24,
	    "", 0, 0, -1, -1);
	/* #493 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x80", 70,
	    "", 0, 0, -1, -1);
	/* #494 [t1] read fault fd: -1 ESPIPE */
	say("t1 read fault fd", read(325, buf, 165), "-1 ESPIPE");
	/* #495 [t1] write fault fd: -1 EINVAL */
	memcpy(buf, "\x03\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x28\x9f\x40\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(324, buf, 24), "-1 EINVAL");
	/* #496 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\xff\xff\xff\xff\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\xc5\x0f", 22,
	    "", 0, 0, -1, -1);
	/* #497 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x36\x26\x00\x00\x00\x6f\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
	    "\x36\xf6\xff\xff\xff\xff", 38,
	    "", 0, 0, -1, -1);
	/* #498 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x07\x00\x00\x00\x00\x50\x86\xc4\xd4\x89\xe0\x0c\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #499 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0003034000ul, 0x2000ul, 4), "0");
	/* #500 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0000008000ul, 0x3000ul, 10), "0");
	/* #501 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x25\x00\x00\x00\x00\x00\x00\x00\x00\x90\x02\x04\x00\x6f\x00\x00\x00\x20", 26,
	    "", 0, 0, -1, -1);
	/* #502 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x6f\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #503 [t1] TEST_OP_ADD_RESERVED: -1 ENOENT */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x40\xa5\x0a\x00\x00\x00\x00\x00\x30", 26,
	    "", 0, 0, -1, -1);
	/* #504 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x16\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x07\x00\x00\x00\x08", 21,
	    "", 0, 0, -1, -1);
	/* #505 [t1] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP unknown", "-1 EOPNOTSUPP", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x10\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #506 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #507 [t1] VFIO_DEVICE_PCI_HOT_RESET: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_PCI_HOT_RESET", "-1 ENODEV", 1, 310, 0x3b71ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #508 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: 0 */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "0", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x36\xec", 20,
	    "", 0, 0, -1, -1);
	/* #509 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #510 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #511 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x50\x01\x01\x00\x6f\x00\x00\x00\xe0\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #512 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\xd8\x01\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x74\x06", 36,
	    "", 0, 0, -1, -1);
	/* #513 [t1] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0e\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\xef\xbe\xad\x0b", 24,
	    "", 0, 0, -1, -1);
	/* #514 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x02\x02\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #515 [t1] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 ENOENT", 1, 301, 0x3b8aul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x1b\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x01", 25,
	    "", 0, 0, -1, -1);
	/* #516 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05", 29,
	    "", 0, 0, -1, -1);
	/* #517 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x17\x00\x00\x00\x00\x00\x00\x00\x00\x60\x01\x00\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\xa9\x05", 36,
	    "", 0, 0, -1, -1);
	/* #518 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x17", 5,
	    "", 0, 0, -1, -1);
	/* #519 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(320, buf, 80), "0");
	/* #520 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02", 21,
	    "", 0, 0, -1, -1);
	/* #521 [t1] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EINVAL", 1, 301, 0x3b86ul,
	    "\x00\x00\x00\x00\x02\x00\x00\x00\x00\x10\x7e\x07\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #522 [t1] TEST_OP_MD_CHECK_MAP: -1 EINVAL */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 EINVAL", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\x03\x00\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #523 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f0004002000ul, 0x2c000ul, 0), "0");
	/* #524 [t1] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\xab\x0c\x00\x01\x00\x00\x00\x00\x3d\x04\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #525 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x00\x00\x00\x80", 8,
	    "", 0, 0, -1, -1);
	/* #526 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #527 [t1] IOMMU_IOAS_MAP: -1 ENOTTY */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOTTY", 1, 322, 0x3b85ul,
	    "\xe0\x18\x00\x00\x02\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x70\x03\x00\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x45\x07", 36,
	    "", 0, 0, -1, -1);
	/* #528 [t1] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_RESET", "-1 EINVAL", 1, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #529 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x11\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x04", 46,
	    "", 0, 0, -1, -1);
	/* #530 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x80\x03\x02\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\x98\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #531 [t1] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\xa0\x02\x04\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #532 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #533 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #534 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #535 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x08\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xd0\x95\x05\x00\x00\x00\x00"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #536 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\xbc\x12\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #537 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 302, 0x3bbful,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 12,
	    "", 0, 0, -1, -1);
	/* #538 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0a\x00\x00\x00\x13\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x70\x9e\x0c\x00\x00\x00\x00"
	    "\x00\x20", 34,
	    "", 0, 0, -1, -1);
	/* #539 [t1] TEST_OP_PASID_ATTACH: -1 EINVAL */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 EINVAL", 1, 302, 0x3ba0ul,
	    "\x00\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #540 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x14\x00\x00\x00\x02\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x40\x34\x00\x00\x00\x00\x00"
	    "\x00\x40\x7e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #541 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x03", 25,
	    "\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x03", 21, 0, -1, -1);
	/* #542 [t1] read fault fd: -1 ESPIPE */
	say("t1 read fault fd", read(320, buf, 10), "-1 ESPIPE");
	/* #543 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #544 [t1] IOMMU_DESTROY: 0 */
	ioc("t1 IOMMU_DESTROY", "0", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x02", 5,
	    "", 0, 0, -1, -1);
	/* #545 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x90\x98\x0c\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #546 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #547 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x11\x00\x00\x00\x01\x00\x00\x00\xae\x00\x00\x00\x03\x00\x00\x00"
	    "\x00\xf0\x5d", 35,
	    "", 0, 0, -1, -1);
	/* #548 [t1] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 1, 302, 0x3ba0ul,
	    "\x79\x1e\x00\x00\x02\x00\x00\x00\x14\x00\x00\x00\x00\x00\x20", 15,
	    "", 0, 0, -1, -1);
	/* #549 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x91\x00\x00\x00\xda\x3f\xb9\x58"
	    "\x00\xf0\xbe\x02", 36,
	    "", 0, 0, -1, -1);
	/* #550 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xb0\x74\x07\x00\x00\x00\x00"
	    "\x00\x30", 34,
	    "", 0, 0, -1, -1);
	/* #551 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x10\x00\x00\x00\x00\x00\x00\xff\x8f\x00\x00\x00\x00\x00\x00\x00\xb0\xac\x0c\x00\x00\x00\x00\xff\xbf\xac\x0c\x00\x00\x00\x00"
	    "\x00\xc0\xba\x03\x00\x00\x00\x00\xff\xdf\xba\x03\x00\x00\x00\x00\x00\x60\x39\x01\x00\x00\x00\x00\xff\x4f\x3d\x01\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02\xff\x5f\x00\x00\x00\x00\x00\x02", 80, 0, -1, -1);
	/* #552 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\xad\x00\x00\x00\x0e\x00\x00\x00"
	    "\x00\xf0\xb6", 35,
	    "", 0, 0, -1, -1);
	/* #553 [t1] IOMMU_IOAS_UNMAP: -1 E2BIG */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 E2BIG", 1, 302, 0x3b86ul,
	    "\x1f\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 31,
	    "", 0, 0, -1, -1);
	/* #554 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #555 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x70\x01\x04\x00\x6f\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #556 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x17\x00\x00\x00\x00\x00\x00\x00\x84\x01\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 37,
	    "", 0, 0, -1, -1);
	/* #557 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 20,
	    "", 0, 0, -1, -1);
	/* #558 [t1] IOMMU_IOAS_ALLOC: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOC", "-1 EINVAL", 1, 301, 0x3b81ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #559 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x21\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #560 [t1] madvise: -1 ENOMEM */
	say("t1 madvise", madvise((void *)0x6f0003020000ul, 0x3000ul, 11), "-1 ENOMEM");
	/* #561 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #562 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x13\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x5b\x0c\x00\x00\x00\x00"
	    "\x00\xf0\x0d\x07", 36,
	    "", 0, 0, -1, -1);
	/* #563 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f\x01\x00\x00\x00\xb0\x01\x00\x00\x05\x00\x00\x00"
	    "\x00\xd0\x86\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #564 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x06\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x32\x06", 36,
	    "", 0, 0, -1, -1);
	/* #565 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x7e\x07\x00\x00\x00\x00"
	    "\x00\x60\x00\x00\x00\x00\x00\x00\x00\x90\x03\x02\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #566 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #567 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x74\x07\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #568 [t1] TEST_OP_MD_CHECK_REFS: -1 EINVAL */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EINVAL", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x60\x02\x03\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #569 [t1] madvise: -1 ENOMEM */
	say("t1 madvise", madvise((void *)0x6f0001029000ul, 0x4000ul, 10), "-1 ENOMEM");
	/* #570 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(324, buf, 120), "0");
	/* #571 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x06", 17,
	    "", 0, 0, -1, -1);
	/* #572 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 333);
	/* #573 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x0a\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #574 [t1] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\xd0\x17\x00\x00\x0e\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #575 [t1] close: 0 */
	say("t1 close", close(340), "0");
	/* #576 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x00\x00\x00\x80\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08", 21,
	    "", 0, 0, -1, -1);
	/* #577 [t1] TEST_OP_ADD_RESERVED: 0 */
	ioc("t1 TEST_OP_ADD_RESERVED", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x70\xc9\x0b\x00\x00\x00\x00\x00\x10", 26,
	    "", 0, 0, -1, -1);
	/* #578 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f000707f000ul, 0x204000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #579 [t1] TEST_OP_CREATE_ACCESS: -1 E2BIG */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 E2BIG", 1, 302, 0x3ba0ul,
	    "\x4b\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 75,
	    "", 0, 0, 16, 334);
	/* #580 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 1, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #581 [t1] TEST_OP_MOCK_DOMAIN: -1 EFAULT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EFAULT", 1, 302, 0x3ba0ul,
	    "\x00\x00\x00\x80\x0c\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 29,
	    "", 0, 0, -1, -1);
	/* #582 [t1] IOMMU_IOAS_COPY: -1 E2BIG */
	ioc("t1 IOMMU_IOAS_COPY", "-1 E2BIG", 1, 302, 0x3b83ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x80\xd0\x00\x00\x00\x00\x00"
	    "\x00\xb0\x74\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 48,
	    "", 0, 0, -1, -1);
	/* #583 [t1] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t1 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 1, 310, 0x3b75ul,
	    "\x08\x00\x00\x00\x06\x00\x01", 7,
	    "", 0, 0, -1, -1);
	/* #584 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #585 [t1] open ioasid: 300 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "300");
	to_fd(r, 300);
	/* #586 [t1] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 ENOENT", 1, 302, 0x3b8aul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x3b\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #587 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #588 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #589 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x07", 21,
	    "", 0, 0, -1, -1);
	/* #590 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #591 [t1] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x07\x1b\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x04\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x0d\x07\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x30\x01\x06\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #592 [t1] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0d\x1f\xcd\x0c", 32,
	    "", 0, 0, -1, -1);
	/* #593 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0004013000ul, 0x3000ul), "0");
	/* #594 [t1] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_RESET", "-1 EINVAL", 1, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #595 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x17\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 20,
	    "", 0, 0, -1, -1);
	/* #596 [t1] pread device region: 2 */
	say("t1 pread device region", pread(310, buf, 2, 0x70000000093), "2");
	/* #597 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #598 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0005031000ul, 0x1000ul, 10), "0");
	/* #599 [t1] fork: 0 */
	fork_touch(0x6f0001010000ul, 0x1000ul, 2);
	/* #600 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #601 [t1] close: 0 */
	say("t1 close", close(302), "0");
	/* #602 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x02\x04\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\xe2", 35,
	    "", 0, 0, -1, -1);
	/* #603 [t1] IOMMU_IOAS_UNMAP: -1 EOVERFLOW */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EOVERFLOW", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #604 [t1] IOMMU_OPTION: -1 EINVAL */
	ioc("t1 IOMMU_OPTION", "-1 EINVAL", 1, 301, 0x3b87ul,
	    "\x16\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x13", 13,
	    "", 0, 0, -1, -1);
	/* #605 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x40\x4f\x0f\x00\x00\x00\x00\xff\x5f\x51\x0f\x00\x00\x00\x00\x00\x20\x0c\x0e\x00\x00\x00\x00\xff\xaf\x0e\x0e", 28, 0, -1, -1);
	/* #606 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x19\x00\x00\x00\x0a\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\x80\x84\x0e\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #607 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x50\x7d\x00\x00\x00\x00\x00\xff\xcf\x7d\x00\x00\x00\x00\x00\x00\xf0\xdf\xfe\x00\x00\x00\x00\xff\xef\xdf\x3e\x01", 29, 0, -1, -1);
	/* #608 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\xd1\x11\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 20,
	    "", 0, 0, -1, -1);
	/* #609 [t1] IOMMU_DESTROY: -1 EBUSY */
	ioc("t1 IOMMU_DESTROY", "-1 EBUSY", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x0b", 5,
	    "", 0, 0, -1, -1);
	/* #610 [t1] TEST_OP_MOCK_DOMAIN: -1 EFAULT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EFAULT", 1, 301, 0x3ba0ul,
	    "\x1e\x20\x00\x00\x0c\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 29,
	    "", 0, 0, -1, -1);
	/* #611 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 44,
	    "", 0, 0, -1, -1);
	/* #612 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x6f\x00\x00\x00\xf0\x03\x00\x00\x00\x00\x00"
	    "\x00\xc0\x0c\x08", 36,
	    "", 0, 0, -1, -1);
	/* #613 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x03\x04\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #614 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #615 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #616 [t1] IOMMU_OPTION: -1 EINVAL */
	ioc("t1 IOMMU_OPTION", "-1 EINVAL", 1, 300, 0x3b87ul,
	    "\x15\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #617 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #618 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0004019000ul, 0x1000ul, 4), "0");
	/* #619 [t1] TEST_OP_ADD_RESERVED: -1 EINVAL */
	ioc("t1 TEST_OP_ADD_RESERVED", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\xc0\x02", 27,
	    "", 0, 0, -1, -1);
	/* #620 [t1] close: 0 */
	say("t1 close", close(301), "0");
	/* #621 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x50\x7d\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #622 [t1] TEST_OP_PASID_REPLACE: -1 E2BIG */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 E2BIG", 1, 300, 0x3ba0ul,
	    "\x80\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x03\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 128,
	    "", 0, 0, -1, -1);
	/* #623 [t1] IOMMU_HWPT_ALLOC: -1 EBADF */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EBADF", 1, -1, 0x3b89ul,
	    "\x30\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #624 [t1] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EIO", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\xa0\x31\x07\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #625 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0002007000ul, 0x36000ul, 14), "0");
	/* #626 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #627 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #628 [t1] open ioasid: 301 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "301");
	to_fd(r, 301);
	/* #629 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0002024000ul, 0x3000ul, 10), "0");
	/* #630 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x70\x01\x04\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\x2d\x03", 36,
	    "", 0, 0, -1, -1);
	/* #631 [t1] fork: 0 */
	fork_touch(0x6f0004024000ul, 0x13000ul, 2);
	/* #632 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #633 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x70\x01\x00\x00\x00\x00\x00\x00\xa0\xf1\x07\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #634 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f0003034000ul, 0x1000ul, 1), "0");
	/* #635 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f000733b000ul, 0x1000ul, 0), "0");
	/* #636 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #637 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #638 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 1, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #639 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 20,
	    "", 0, 0, -1, -1);
	/* #640 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\xff\xff\xff\x7f", 20,
	    "", 0, 0, -1, -1);
	/* #641 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #642 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #643 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x50\x7d\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #644 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #645 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\xd0\xa9\x06\x00\x00\x00\x00"
	    "\xbd\x09\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #646 [t1] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\x7f\x00\x00\x00\x59\x01\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #647 [t1] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 334);
	/* #648 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x50\x02\x03\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x2e", 35,
	    "", 0, 0, -1, -1);
	/* #649 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0005008000ul, 0x3000ul, 15), "0");
	/* #650 [t1] TEST_OP_ACCESS_RW: -1 EFAULT */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EFAULT", 1, 300, 0x3ba0ul,
	    "\xff\xff\xff\xff\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\xb2\xba\x2e\x00\x00\x00\x00\x00\xa5\x09\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x05", 41,
	    "", 0, 0, -1, -1);
	/* #651 [t1] close: 0 */
	say("t1 close", close(325), "0");
	/* #652 [t1] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x18\x28\xef\xce\x1c\xa6\x9b\x88"
	    "\x00\x60\x03", 35,
	    "", 0, 0, -1, -1);
	/* #653 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f000403e000ul, 0x1000ul, 3), "0");
	/* #654 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f00070cb000ul, 0x1000ul), "0");
	/* #655 [t1] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 334);
	/* #656 [t1] IOMMU_IOAS_ALLOC: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_ALLOC", "-1 EFAULT", 1, 300, 0x3b81ul,
	    "\x00\x00\x00\x80", 4,
	    "", 0, 0, -1, -1);
	/* #657 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #658 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\xb0\x2e\x00\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #659 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x21\x07\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\xf6\x01", 36,
	    "", 0, 0, -1, -1);
	/* #660 [t1] close: -1 EBADF */
	say("t1 close", close(331), "-1 EBADF");
	/* #661 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #662 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 E2BIG */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 E2BIG", 1, 300, 0x3b82ul,
	    "\x1f\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x00\x00\xff", 31,
	    "\x00\xe0\x1c\x00\x00\x00\x00\x00\xff\x2f\x1d\x00\x00\x00\x00\x00\x00\xb0\x52\x01\x00\x00\x00\x00\xff\x7f\x56\x01\x00\x00\x00\x00"
	    "\x00\x50\xc2\x06\x00\x00\x00\x00\xff\x57\xc2\x06\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00\xff\x3f\x00\x00\x00\x00\x01\x00"
	    "\x00\xf0\xff\xff\xff\xff\x00\x00\xff\x0f\x00\x00\x00\x00\x01", 79, 0, -1, -1);
	/* #663 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #664 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x04\x00\x00\x00\xff\xff\xff\x7f\x05\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\x7f\x00\x00\x00"
	    "\x00\x30\xc0\x08", 36,
	    "", 0, 0, -1, -1);
	/* #665 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x27", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #666 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x15\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #667 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #668 [t1] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_RESET", "-1 EINVAL", 1, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #669 [t1] IOMMU_GET_HW_INFO: -1 EBADF */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 EBADF", 1, 302, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x29\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #670 [t1] fork: 0 */
	fork_touch(0x6f0002011000ul, 0x2000ul, 2);
	/* #671 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06", 29,
	    "", 0, 0, -1, -1);
	/* #672 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x07", 5,
	    "", 0, 0, -1, -1);
	/* #673 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #674 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\xc0\x02\x00\x00\x00\x00\x00\x00\xc0\x9b\x00\x00\x00\x00\x00"
	    "\x00\x10\x26\x09", 36,
	    "", 0, 0, -1, -1);
	/* #675 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0000019000ul, 0x4000ul), "0");
	/* #676 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x30\x0b\x0b\x00\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\x00\x01\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #677 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x16", 17,
	    "", 0, 0, -1, -1);
	/* #678 [t1] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "0", 1, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\xd0\x86\x0b\x00\x00\x00\x00\xff\xff\x86\x0b\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\xff\xcf\x02\x01\x00\x00\x00\x00"
	    "\x00\x90\x8b\x00\x00\x00\x00\x00\xff\x9f\x8b\x00\x00\x00\x00\x00\x00\x20\x55\x0e\x00\x00\x00\x00\xff\x9f\x55\x0e", 60, 0, -1, -1);
	/* #679 [t1] fork: 0 */
	fork_touch(0x6f0004022000ul, 0x3000ul, 2);
	/* #680 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\xb0\x07\x07\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\x27\x04", 36,
	    "", 0, 0, -1, -1);
	/* #681 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\xc6\x14\x00\x00\x12\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\xff\xff\x0f\x00\x10", 21,
	    "", 0, 0, -1, -1);
	/* #682 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 300, 0x3b8cul,
	    "\x38\x00\x00\x00\x6a\x09\xc6\xc4\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #683 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x60\x32\x07\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #684 [t1] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t1 IOMMU_FAULT_QUEUE_ALLOC", "0", 1, 300, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 325);
	/* #685 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #686 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x16\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x02\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\xc3\x09", 36,
	    "", 0, 0, -1, -1);
	/* #687 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x75\x08\x00\x00\x00\x00"
	    "\x00\x50", 34,
	    "", 0, 0, -1, -1);
	/* #688 [t1] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 1, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #689 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x02", 5,
	    "", 0, 0, -1, -1);
	/* #690 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x1f\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x01\x04\x00\x6f\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x2a\x04", 36,
	    "", 0, 0, -1, -1);
	/* #691 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #692 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x10\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #693 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x1c", 1,
	    "", 0, 0, -1, -1);
	/* #694 [t1] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EBADF", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x60\x01\x06\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xb0", 35,
	    "", 0, 0, -1, -1);
	/* #695 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00\x00\x80\x50\x0e\x00\x00\x00\x00"
	    "\x00\x90\x93\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #696 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x60\x02\x05\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x9b\x05", 36,
	    "", 0, 0, -1, -1);
	/* #697 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #698 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #699 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x1c", 9,
	    "", 0, 0, -1, -1);
	/* #700 [t1] IOMMU_HWPT_ALLOC: -1 E2BIG */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 E2BIG", 1, 300, 0x3b89ul,
	    "\x32\x00\x00\x00\x09\x00\x00\x00\x17\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 50,
	    "", 0, 0, -1, -1);
	/* #701 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x80\x02\x00\x00\x00\x00\x00\x00\xf0\xff\xff\x7f\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #702 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #703 [t1] IOMMU_DESTROY: -1 EINVAL */
	ioc("t1 IOMMU_DESTROY", "-1 EINVAL", 1, 300, 0x3b80ul,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #704 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x27", 17,
	    "", 0, 0, -1, -1);
	/* #705 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #706 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000001f000ul, 0x2000ul, 18), "0");
	/* #707 [t1] TEST_OP_TRIGGER_IOPF: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x40\x00\x00\x00\x03\x00\x00\x00\x93\x00\x00\x00\x0b\x00\x00\x00"
	    "\x00\xf0\xff\x7f", 36,
	    "", 0, 0, -1, -1);
	/* #708 [t1] IOASID_KVM_UNSET: 0 */
	ioc("t1 IOASID_KVM_UNSET", "0", 1, 301, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #709 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x16", 21,
	    "", 0, 0, -1, -1);
	/* #710 [t1] TEST_OP_DIRTY: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_DIRTY", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x25\x0e\x00\x00\x00\x00"
	    "\x00\x20\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 54,
	    "", 0, 0, -1, -1);
	/* #711 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #712 [t1] IOMMU_OPTION: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_OPTION", "-1 EOPNOTSUPP", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #713 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #714 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x1b", 9,
	    "", 0, 0, -1, -1);
	/* #715 [t1] ioasid unknown nr: -1 EOPNOTSUPP */
	ioc("t1 ioasid unknown nr", "-1 EOPNOTSUPP", 1, 300, 0x3b89ul,
	    "\x28\x00\x00\x00\xd6\x6b\x7a\x35\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #716 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x70\x01\x00\x00\x6f\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x99\x06", 36,
	    "", 0, 0, -1, -1);
	/* #717 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\xbd\x00\x00\x00\x0d\x00\x00\x00"
	    "\x00\x90\xcb\x07", 36,
	    "", 0, 0, -1, -1);
	/* #718 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x05\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x15", 35,
	    "", 0, 0, -1, -1);
	/* #719 [t1] open vfio cdev: 316 */
	r = open("/dev/vfio/devices/vfio0", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "316");
	to_fd(r, 316);
	/* #720 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #721 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 300, 0x3bc6ul,
	    "\x28\x00\x00\x00\x5e\xc2\x79\xe4\x08", 9,
	    "", 0, 0, -1, -1);
	/* #722 [t1] TEST_OP_DIRTY: -1 EFAULT */
	ioc("t1 TEST_OP_DIRTY", "-1 EFAULT", 1, 300, 0x3ba0ul,
	    "\x00\x00\x00\x80\x0d\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\xa7\x07\x00\x00\x00\x00"
	    "\x00\x80\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 54,
	    "", 0, 0, -1, -1);
	/* #723 [t1] IOMMU_OPTION: -1 E2BIG */
	ioc("t1 IOMMU_OPTION", "-1 E2BIG", 1, 300, 0x3b87ul,
	    "\x57\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 87,
	    "", 0, 0, -1, -1);
	/* #724 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05", 29,
	    "", 0, 0, -1, -1);
	/* #725 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21", 5,
	    "", 0, 0, -1, -1);
	/* #726 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf1\x00\x00\x00\x07\x00\x00\x00"
	    "\x00\x20\x5b\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #727 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x00\x00\x00\x80\x06\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x50\x00\x02\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x85\x06", 36,
	    "", 0, 0, -1, -1);
	/* #728 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x70\x10\x0d\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x06\x00\x6f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x80", 71,
	    "", 0, 0, -1, -1);
	/* #729 [t1] open ioasid: 302 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "302");
	to_fd(r, 302);
	/* #730 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x60\x65\x00\x00\x00\x00\x00"
	    "\x00\x90\x10\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #731 [t1] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t1 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 1, 310, 0x3b70ul,
	    "\x24", 1,
	    "", 0, 0, -1, -1);
	/* #732 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOENT", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #733 [t1] IOASID_KVM_UNSET: 0 */
	ioc("t1 IOASID_KVM_UNSET", "0", 1, 300, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #734 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\xe0\x62\x0f\x00\x00\x00\x00"
	    "\x00\xc0\x29\x07", 36,
	    "", 0, 0, -1, -1);
	/* #735 [t1] IOMMU_OPTION: -1 E2BIG */
	ioc("t1 IOMMU_OPTION", "-1 E2BIG", 1, 302, 0x3b87ul,
	    "\x3b\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 59,
	    "", 0, 0, -1, -1);
	/* #736 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x01\x00\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\x16\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #737 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOENT", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x1b\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x70\xd1\x03\x00\x00\x00\x00\xff\xaf\xd1\x03\x00\x00\x00\x00\x00\xf0\xff\xff\x7f\x00\x00\x00\xff\x4f\x00\x00\x80\x00\x00\x00"
	    "\x00\x20\xa1\x08\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\xd0\xa2\x04\x00\x00\x00\x00\xff\x2f\xa3\x04\x00\x00\x00\x00"
	    "\x00\x60\x38\x03\x00\x00\x00\x00\xff\x6f\x38\x03", 76, 0, -1, -1);
	/* #738 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOENT", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x20\x03\x00\x00\x00\x00\x00\xff\x2f\x03\x00\x00\x00\x00\x00\x00\x50\xb2\x00\x00\x00\x00\x00\xff\x2f\xb4\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\xff\x7f\x00\x00\x00\x00\x00\x00\x00\xf0\xff\x7f\x00\x00\x00\x00\x00\xf0\xff\x7f", 60, 0, -1, -1);
	/* #739 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #740 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x01\x06\x00\x6f\x00\x00\x00\x10\x01\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #741 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #742 [t1] TEST_OP_ADD_RESERVED: 0 */
	ioc("t1 TEST_OP_ADD_RESERVED", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x4c\x05\x00\x00\x00\x00\x00\x30", 26,
	    "", 0, 0, -1, -1);
	/* #743 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #744 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #745 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x25\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #746 [t0] IOMMU_OPTION: 0 */
	ioc("t0 IOMMU_OPTION", "0", 0, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #747 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x70\x10\x0d\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #748 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x30\x01\x04\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\x84\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #749 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x90\x01\x02\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #750 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #751 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #752 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x40\x01\x03\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\xdf", 35,
	    "", 0, 0, -1, -1);
	/* #753 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x07\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x01", 25,
	    "\x01\x00\x00\x00\x03", 5, 0, -1, -1);
	/* #754 [t0] TEST_OP_PAGE_RESPONSES: -1 ENOENT */
	ioc("t0 TEST_OP_PAGE_RESPONSES", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x17", 17,
	    "", 0, 0, -1, -1);
	/* #755 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\x7f\x14\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x60\xed\x05\x00\x00\x00\x00"
	    "\x00\xa0\x55\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #756 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 20,
	    "", 0, 0, -1, -1);
	/* #757 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x40\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x90\x02\x05\x00\x6f\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xfc", 35,
	    "", 0, 0, -1, -1);
	/* #758 [t0] pread device region: -1 EINVAL */
	say("t0 pread device region", pread(317, buf, 4, 0xe8), "-1 EINVAL");
	/* #759 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #760 [t0] VFIO_DEVICE_PCI_HOT_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_PCI_HOT_RESET", "-1 EINVAL", 0, 310, 0x3b71ul,
	    "\x0b", 1,
	    "", 0, 0, -1, -1);
	/* #761 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x02\x03\x00\x6f\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\xf4\x01", 36,
	    "", 0, 0, -1, -1);
	/* #762 [t0] TEST_OP_PASID_REPLACE: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_REPLACE", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #763 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #764 [t0] close: 0 */
	say("t0 close", close(320), "0");
	/* #765 [t0] TEST_OP_MOCK_DOMAIN: -1 E2BIG */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 E2BIG", 0, 300, 0x3ba0ul,
	    "\x55\x00\x00\x00\x0c\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 85,
	    "", 0, 0, -1, -1);
	/* #766 [t0] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t0 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x25\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #767 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 29,
	    "", 0, 0, -1, -1);
	/* #768 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #769 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x06\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x0b\x02", 36,
	    "", 0, 0, -1, -1);
	/* #770 [t0] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EBADF", 0, -1, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #771 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0004030000ul, 0x4000ul, 15), "0");
	/* #772 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80\x00\x60\x01\x00\x00\x00\x00\x00\x00\x60\x77\xcc\x03\xbc\xcb\x4d"
	    "\x00\x20\xef\x05", 36,
	    "", 0, 0, -1, -1);
	/* #773 [t0] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t0 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 0, 310, 0x3b70ul,
	    "\x24", 1,
	    "", 0, 0, -1, -1);
	/* #774 [t0] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t0 TEST_OP_CREATE_ACCESS", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 334);
	/* #775 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x22\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05", 29,
	    "", 0, 0, -1, -1);
	/* #776 [t0] IOMMU_GET_HW_INFO: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_GET_HW_INFO", "-1 EOPNOTSUPP", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x01\x00\x00\x17\x00\x00\x00\x2f\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #777 [t0] close: 0 */
	say("t0 close", close(301), "0");
	/* #778 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #779 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #780 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #781 [t0] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t0 IOMMU_GET_HW_INFO", "-1 ENOENT", 0, 302, 0x3b8aul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x2a\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x02", 25,
	    "", 0, 0, -1, -1);
	/* #782 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x60\x02\x04\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #783 [t0] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_COPY", "-1 EINVAL", 0, 302, 0x3b83ul,
	    "\x27\x00\x00\x00\x07\x00\x00\x00\x1d\x00\x00\x00\x17\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x50\x64\x08\x00\x00\x00\x00"
	    "\x00\xa0\xce\x04", 36,
	    "", 0, 0, -1, -1);
	/* #784 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40", 13,
	    "", 0, 0, -1, -1);
	/* #785 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #786 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\x10\x03\x03\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #787 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\xff\xff\xff\xff", 8,
	    "", 0, 0, -1, -1);
	/* #788 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 29,
	    "", 0, 0, -1, -1);
	/* #789 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x05\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\xdd\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #790 [t0] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0d\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x03", 41,
	    "", 0, 0, -1, -1);
	/* #791 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(325, buf, 80), "0");
	/* #792 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x04\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #793 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #794 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #795 [t0] IOMMU_OPTION: -1 EBADF */
	ioc("t0 IOMMU_OPTION", "-1 EBADF", 0, -1, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04", 13,
	    "", 0, 0, -1, -1);
	/* #796 [t0] IOMMU_IOAS_UNMAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EFAULT", 0, 300, 0x3b86ul,
	    "\x3e\x20\x00\x00\x01\x00\x00\x00\x00\xd0\xef\x00\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #797 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #798 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #799 [t1] TEST_OP_ACCESS_PAGES: -1 EOVERFLOW */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EOVERFLOW", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\xff\xff\xff\xff\xff\xff"
	    "\x00\x20\x03", 35,
	    "", 0, 0, -1, -1);
	/* #800 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80"
	    "\x00\x30\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #801 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #802 [t1] TEST_OP_PASID_ATTACH: -1 EBADF */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 EBADF", 1, 301, 0x3ba0ul,
	    "\x84\x00\x00\x00\x12\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\xff", 132,
	    "", 0, 0, -1, -1);
	/* #803 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x96\x1e\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #804 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #805 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x03\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\xcd", 35,
	    "", 0, 0, -1, -1);
	/* #806 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xc0\xb7\x07\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #807 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x01\x00\x00\x80\x03\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #808 [t1] fork: 0 */
	fork_touch(0x6f000714a000ul, 0x3000ul, 2);
	/* #809 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x04\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x30\xa2\x0b\x00\x00\x00\x00"
	    "\x00\x10\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #810 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #811 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x08", 5,
	    "", 0, 0, -1, -1);
	/* #812 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\x00\x00\x00\x00\x00\x00\x70", 26,
	    "", 0, 0, -1, -1);
	/* #813 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08", 21,
	    "", 0, 0, -1, -1);
	/* #814 [t0] IOMMU_DESTROY: -1 E2BIG */
	ioc("t0 IOMMU_DESTROY", "-1 E2BIG", 0, 302, 0x3b80ul,
	    "\x14\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 20,
	    "", 0, 0, -1, -1);
	/* #815 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #816 [t0] close: 0 */
	say("t0 close", close(312), "0");
	/* #817 [t0] fork: 0 */
	fork_touch(0x6f000602e000ul, 0x2000ul, 0);
	/* #818 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #819 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0d\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x0c", 41,
	    "", 0, 0, -1, -1);
	/* #820 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #821 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 E2BIG */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 E2BIG", 1, 302, 0x3ba0ul,
	    "\x7e\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 126,
	    "", 0, 0, -1, -1);
	/* #822 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #823 [t1] edu dma src: 4 */
	memcpy(buf, "\x95\x31\x00\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #824 [t1] edu dma dst: 4 */
	memcpy(buf, "\xe5\x06\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #825 [t1] edu dma count: 4 */
	memcpy(buf, "\x14\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #826 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #827 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #828 [t1] IOMMU_HWPT_ALLOC: 0 */
	ioc("t1 IOMMU_HWPT_ALLOC", "0", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #829 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\x60\xfc\x03\x00\x00\x00\x00"
	    "\x00\x90\x4d", 35,
	    "", 0, 0, -1, -1);
	/* #830 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 330);
	/* #831 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f00072fd000ul, 0x4000ul, 1), "0");
	/* #832 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x80\x1a\x07\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 37,
	    "", 0, 0, -1, -1);
	/* #833 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x20\x00\x00\x00\x04\x00\x00\x00\x00\xc0\xb7\x07\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #834 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 331);
	/* #835 [t1] open vfio cdev: 312 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "312");
	to_fd(r, 312);
	/* #836 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x20\x02\x00\x00\x6f\x00\x00\x00\x20\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02", 40,
	    "", 0, 0, -1, -1);
	/* #837 [t1] mprotect: 0 */
	say("t1 mprotect", mprotect((void *)0x6f000600c000ul, 0x20000ul, 1), "0");
	/* #838 [t1] TEST_OP_MD_CHECK_REFS: -1 EBADF */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EBADF", 1, -1, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x10\x03\x05\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #839 [t1] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #840 [t1] IOMMU_DESTROY: -1 EBUSY */
	ioc("t1 IOMMU_DESTROY", "-1 EBUSY", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x08", 5,
	    "", 0, 0, -1, -1);
	/* #841 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #842 [t1] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EBADF", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x22\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x10\x01", 19,
	    "", 0, 0, -1, -1);
	/* #843 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x22\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xef\xbe\xad\xde\x08", 21,
	    "", 0, 0, -1, -1);
	/* #844 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #845 [t1] TEST_OP_PASID_ATTACH: -1 EINVAL */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 EINVAL", 1, 302, 0x3ba0ul,
	    "\x43\x00\x00\x00\x12\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x04", 21,
	    "", 0, 0, -1, -1);
	/* #846 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x02\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\xfb", 35,
	    "", 0, 0, -1, -1);
	/* #847 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x40\x00\x00\x03\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x80\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x80", 44,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #848 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x1a\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\x0d\x08\x00\x00\x00\x01", 25,
	    "\x01\x00\x00\x00\x02", 5, 0, -1, -1);
	/* #849 [t1] ioasid unknown nr: -1 ENOTTY */
	ioc("t1 ioasid unknown nr", "-1 ENOTTY", 1, 302, 0x3baaul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #850 [t1] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t1 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 1, 310, 0x3b75ul,
	    "\x10\x00\x00\x00\x09\x00\x04", 7,
	    "", 0, 0, -1, -1);
	/* #851 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x01\x03\x00\x6f\x00\x00\x00\x30\x01\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #852 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(325, buf, 160), "0");
	/* #853 [t1] read fault fd: -1 EBADF */
	say("t1 read fault fd", read(320, buf, 160), "-1 EBADF");
	/* #854 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #855 [t1] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t1 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #856 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x07\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x35\x0b\x00\x00\x04", 25,
	    "\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x80\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x03", 29, 0, -1, -1);
	/* #857 [t0] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 0, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #858 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #859 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00"
	    "\x00\x60\x00\x00\x00\x00\x00\x00\x00\x80\x1a\x07\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #860 [t0] close: -1 EBADF */
	say("t0 close", close(340), "-1 EBADF");
	/* #861 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #862 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x0a", 5,
	    "", 0, 0, -1, -1);
	/* #863 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\x00\x00\x00\x00\x00\x00\x00\x20\x02\x00\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #864 [t0] TEST_OP_ACCESS_RW: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4a\x01\x00\x00\x00\x10\x00\x00\x73\x25\x00\x00\x00\x00\x00\x00\x3f\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #865 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x09", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #866 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x60\x1d\x04\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #867 [t0] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "0", 0, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #868 [t0] close: -1 EBADF */
	say("t0 close", close(301), "-1 EBADF");
	/* #869 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #870 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #871 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #872 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #873 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #874 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #875 [t0] ioasid unknown nr: -1 ENOTTY */
	ioc("t0 ioasid unknown nr", "-1 ENOTTY", 0, 300, 0x3bc7ul,
	    "\x40\x00\x00\x00\x00\x00\x00\x00\x0b", 9,
	    "", 0, 0, -1, -1);
	/* #876 [t0] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_COPY", "-1 EINVAL", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x10\x4a\x0b\x00\x00\x00\x00"
	    "\x00\x10\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #877 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x00\x00\x00\x6f\x00\x00\x00\x90\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x71\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #878 [t0] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t0 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 0, 310, 0x3b75ul,
	    "\x10\x00\x00\x00\x09\x00\x04", 7,
	    "", 0, 0, -1, -1);
	/* #879 [t0] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf7\x56\x1b\x6b", 32,
	    "", 0, 0, -1, -1);
	/* #880 [t0] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\xff\xff\x0f\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 69,
	    "", 0, 0, -1, -1);
	/* #881 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\xd7\x03", 36,
	    "", 0, 0, -1, -1);
	/* #882 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xa0\x93\x0c\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #883 [t0] IOMMU_IOAS_UNMAP: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 E2BIG", 0, 302, 0x3b86ul,
	    "\x35\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 53,
	    "", 0, 0, -1, -1);
	/* #884 [t0] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x00\x02", 15,
	    "", 0, 0, -1, -1);
	/* #885 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x80\xfb\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x02\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #886 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x22\x07", 36,
	    "", 0, 0, -1, -1);
	/* #887 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\x00\x20\x00\x00\x00\x00\x00"
	    "\x00\xe0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #888 [t0] pread device region: -1 EINVAL */
	say("t0 pread device region", pread(313, buf, 2, 0x700000000af), "-1 EINVAL");
	/* #889 [t0] TEST_OP_MOCK_DOMAIN: -1 EBADF */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EBADF", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06", 29,
	    "", 0, 0, -1, -1);
	/* #890 [t0] IOMMU_HWPT_INVALIDATE: -1 E2BIG */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 E2BIG", 0, 302, 0x3b8dul,
	    "\x2a\x00\x00\x00\x0b\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 42,
	    "\x80\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x03", 13, 0, -1, -1);
	/* #891 [t0] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t0 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #892 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0007216000ul, 0x4000ul, 20), "0");
	/* #893 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f000501d000ul, 0x1000ul, 18), "0");
	/* #894 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 1, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #895 [t1] read fault fd: 0 */
	say("t1 read fault fd", read(325, buf, 160), "0");
	/* #896 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x6f\x00\x00\x00\xe0\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #897 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x5c\x01\x00\x00\x0a\x00\x00\x00"
	    "\x00\xe0\xc8", 35,
	    "", 0, 0, -1, -1);
	/* #898 [t1] open ioasid: 301 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "301");
	to_fd(r, 301);
	/* #899 [t1] VFIO_DEVICE_PCI_HOT_RESET: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_PCI_HOT_RESET", "-1 EINVAL", 1, 310, 0x3b71ul,
	    "\x01", 1,
	    "", 0, 0, -1, -1);
	/* #900 [t1] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_RESET", "-1 EINVAL", 1, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #901 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\xff", 12,
	    "", 0, 0, -1, -1);
	/* #902 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #903 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x50\x89\x03\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #904 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #905 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 29,
	    "", 0, 0, -1, -1);
	/* #906 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x00\x00\x00\x70\x02\x04\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #907 [t1] IOMMU_DESTROY: -1 EFAULT */
	ioc("t1 IOMMU_DESTROY", "-1 EFAULT", 1, 302, 0x3b80ul,
	    "\x3f\x20\x00\x00\x08", 5,
	    "", 0, 0, -1, -1);
	/* #908 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x40\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x01", 25,
	    "", 0, 0, -1, -1);
	/* #909 [t1] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_COPY", "-1 EINVAL", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x18\x00\x00\x00\xff\xff\xff\x7f\x00\x10\x00\x00\x00\x00\x00\x00\x00\x50\x33\x0a\x00\x00\x00\x00"
	    "\x00\x50\x7b", 35,
	    "", 0, 0, -1, -1);
	/* #910 [t1] IOASID_KVM_SET: 0 */
	ioc("t1 IOASID_KVM_SET", "0", 1, 302, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x55\x01", 10,
	    "", 0, 0, -1, -1);
	/* #911 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: 0 */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10", 17,
	    "", 0, 0, -1, -1);
	/* #912 [t1] poll fault fd: 0 */
	{
		struct pollfd p = { .fd = 324, .events = POLLIN };
		say("t1 poll fault fd", poll(&p, 1, 0), "0");
	}
	/* #913 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x25\x07\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #914 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x00\x03\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\xe2\x06", 36,
	    "", 0, 0, -1, -1);
	/* #915 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x0e\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\x70\xe0\x00\x00\x00\x00\x00\xff\x9f\xe0\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
	    "\x00\xe0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\xa0\x6b\x06\x00\x00\x00\x00\xff\x0f\x6c\x06\x00\x00\x00\x00"
	    "\x00\x30\xec\x03\x00\x00\x00\x00\xff\x2f\xec\x43\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\xff\x0f\x00\x80", 92, 0, -1, -1);
	/* #916 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\xe2\x00\x00\x00\x05\x00\x01\x00"
	    "\x00\x50\xe5\x05", 36,
	    "", 0, 0, -1, -1);
	/* #917 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x01\x00\x00\x00\x4d\x01\x00\x00\x07\x00\x00\x00"
	    "\x5c\x10", 34,
	    "", 0, 0, -1, -1);
	/* #918 [t1] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\x7f\x00\x00\x00\x00"
	    "\x00\x90\x02", 35,
	    "", 0, 0, -1, -1);
	/* #919 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x03\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x89\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #920 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\xc0\x71\x0a\x00\x00\x00\x00\x00\x90", 18,
	    "", 0, 0, -1, -1);
	/* #921 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x12", 13,
	    "", 0, 0, -1, -1);
	/* #922 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\xff\xff\xff\xff\x02\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\xd0\x16\x0d\x00\x00\x00\x00"
	    "\x00\xf0\xff\x7f", 36,
	    "", 0, 0, -1, -1);
	/* #923 [t1] fork: 0 */
	fork_touch(0x6f000101e000ul, 0x7000ul, 0);
	/* #924 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x40", 9,
	    "", 0, 0, -1, -1);
	/* #925 [t0] mprotect: -1 ENOMEM */
	say("t0 mprotect", mprotect((void *)0x6f0003023000ul, 0x4000ul, 1), "-1 ENOMEM");
	/* #926 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x04", 5,
	    "", 0, 0, -1, -1);
	/* #927 [t0] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t0 IOMMU_FAULT_QUEUE_ALLOC", "0", 0, 302, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 320);
	/* #928 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #929 [t0] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 0, 315, 0x3b6dul,
	    "\x10", 1,
	    "", 0, 0, -1, -1);
	/* #930 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x17\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x21", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #931 [t0] ioasid unknown nr: -1 ENOTTY */
	ioc("t0 ioasid unknown nr", "-1 ENOTTY", 0, 302, 0x3ba2ul,
	    "\x08\x00\x00\x00\x00\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #932 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #933 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #934 [t0] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x09\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06", 29,
	    "", 0, 0, -1, -1);
	/* #935 [t0] TEST_OP_ACCESS_RW: 0 */
	ioc("t0 TEST_OP_ACCESS_RW", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\xfc\x06\x00\x01\x00\x00\x00\x00\x59\x02\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #936 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x44\x00\x00\x00\x08\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x9e\x09\x00\x00\x00\x00\x00\x02\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x04", 41,
	    "", 0, 0, -1, -1);
	/* #937 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\xff\xff\xff\x7f", 12,
	    "", 0, 0, -1, -1);
	/* #938 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #939 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 20,
	    "", 0, 0, -1, -1);
	/* #940 [t0] IOMMU_IOAS_MAP: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOTTY", 0, 350, 0x3b85ul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x01\x06\x00\x6f\x00\x00\x00\x90\x01\x00\x00\x00\x00\x00"
	    "\x00\xd0\x35\x06", 36,
	    "", 0, 0, -1, -1);
	/* #941 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0006039000ul, 0x4000ul, 4), "0");
	/* #942 [t0] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP unknown", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x5c\x1b\x5d\x6f\x06\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #943 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #944 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x05\x00\x6f\x00\x00\x00\xa0\x01\x00\x00\x00\x00\x00"
	    "\x00\xa0\x73\x05", 36,
	    "", 0, 0, -1, -1);
	/* #945 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x80\xfb\x00\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #946 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #947 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x1e", 17,
	    "", 0, 0, -1, -1);
	/* #948 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #949 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #950 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x10", 41,
	    "", 0, 0, -1, -1);
	/* #951 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x10\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x03", 41,
	    "", 0, 0, -1, -1);
	/* #952 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0003009000ul, 0x2000ul, 3), "0");
	/* #953 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #954 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\xf0\x01\x02\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #955 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x01\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x62\x97\x4a\x00\x00\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t0 write fault fd", write(324, buf, 8), "-1 EINVAL");
	/* #956 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0005021000ul, 0x2000ul, 14), "0");
	/* #957 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 300, 0x3b80ul,
	    "\x27\x1c\x00\x00\x40", 5,
	    "", 0, 0, -1, -1);
	/* #958 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #959 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x80\xc5\x0e\x00\x00\x00\x00\x00\x90\x02", 19,
	    "", 0, 0, -1, -1);
	/* #960 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x87\x1b\x00\x00\x0a\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #961 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x0e", 9,
	    "", 0, 0, -1, -1);
	/* #962 [t0] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\x00\x06\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #963 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x2f\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #964 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #965 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #966 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\xb0\x02\x06\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #967 [t0] IOMMU_IOAS_UNMAP: -1 E2BIG */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 E2BIG", 0, 302, 0x3b86ul,
	    "\x1e\x00\x00\x00\x01\x00\x00\x00\x00\x70\x00\x01\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 30,
	    "", 0, 0, -1, -1);
	/* #968 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x70\x2e\x07\x00\x6f\x00\x00\x00\x70\x02\x00\x00\x00\x00\x00"
	    "\x00\xd0\xd9\x07", 36,
	    "", 0, 0, -1, -1);
	/* #969 [t0] IOMMU_OPTION: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_OPTION", "-1 EOPNOTSUPP", 0, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #970 [t0] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x08\x00\x00\x00\x70\x00\x07\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\xa4\x07", 36,
	    "", 0, 0, -1, -1);
	/* #971 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\xff\xff\xff\xff\x00\x10\x00\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x01", 25,
	    "\x80", 1, 0, -1, -1);
	/* #972 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x15", 17,
	    "", 0, 0, -1, -1);
	/* #973 [t0] IOMMU_OPTION: 0 */
	ioc("t0 IOMMU_OPTION", "0", 0, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #974 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x6f\x00\x00\x00\x70\x02\x00\x00\x00\x00\x00"
	    "\x00\xd0\x79\x07", 36,
	    "", 0, 0, -1, -1);
	/* #975 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #976 [t0] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x10\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #977 [t0] IOMMU_HWPT_ALLOC: -1 EFAULT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EFAULT", 0, 302, 0x3b89ul,
	    "\x2f\x20\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x0a", 13,
	    "", 0, 0, -1, -1);
	/* #978 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #979 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x90\x00\x01\x00\x6f\x00\x00\x00\x30\x03\x00\x00\x00\x00\x00"
	    "\x00\x50\x38\x04", 36,
	    "", 0, 0, -1, -1);
	/* #980 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x74\x18\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x20\xc0\x06\x00\x00\x00\x00"
	    "\x00\xd0\xbf\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #981 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x10\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x03", 41,
	    "", 0, 0, -1, -1);
	/* #982 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0e\x00\x00\x00\x05\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00"
	    "\x00\xa0", 34,
	    "", 0, 0, -1, -1);
	/* #983 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #984 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x03\x05\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x5d\x09", 36,
	    "", 0, 0, -1, -1);
	/* #985 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 301, 0x3ba0ul,
	    "\x43\x00\x00\x00\x02\x00\x00\x00\x1a", 9,
	    "", 0, 0, -1, -1);
	/* #986 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x80\x00\xf0\xff\xff\x7f\x00\x00\x00\x00\x30\x03", 19,
	    "", 0, 0, -1, -1);
	/* #987 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 44,
	    "", 0, 0, -1, -1);
	/* #988 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x70\xc4\x04\x00\x00\x00\x00\x00\x40", 18,
	    "", 0, 0, -1, -1);
	/* #989 [t0] IOMMU_IOAS_COPY: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOTTY", 0, 0, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x0e\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x00\x30\x42\x03\x00\x00\x00\x00"
	    "\x00\x40\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #990 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EADDRINUSE", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #991 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #992 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00", 32);
	say("t0 write fault fd", write(321, buf, 32), "-1 EINVAL");
	/* #993 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #994 [t0] VFIO_DEVICE_FEATURE: -1 ENOTTY */
	ioc("t0 VFIO_DEVICE_FEATURE", "-1 ENOTTY", 0, 310, 0x3b75ul,
	    "\x08\x00\x00\x00\x00\x00\x04", 7,
	    "", 0, 0, -1, -1);
	/* #995 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #996 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08", 21,
	    "", 0, 0, -1, -1);
	/* #997 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x90\x00\x03\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xe9\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #998 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x07", 9,
	    "", 0, 0, -1, -1);
	/* #999 [t0] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 0, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #1000 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x14\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x04", 25,
	    "\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x04", 29, 0, -1, -1);
	/* #1001 [t0] TEST_OP_MD_CHECK_MAP: 0 */
	ioc("t0 TEST_OP_MD_CHECK_MAP", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x01\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x25\x07\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #1002 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x10\xfa\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1003 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x0d", 17,
	    "", 0, 0, -1, -1);
	/* #1004 [t0] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1005 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #1006 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x30\x01\x03\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\x35\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #1007 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1008 [t0] poll fault fd: 0 */
	{
		struct pollfd p = { .fd = 324, .events = POLLIN };
		say("t0 poll fault fd", poll(&p, 1, 0), "0");
	}
	/* #1009 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x90\xb9\x0d\x00\x00\x00\x00"
	    "\x00\x30", 34,
	    "", 0, 0, -1, -1);
	/* #1010 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #1011 [t0] edu dma src: 4 */
	memcpy(buf, "\x34\x3b\x00\x00", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #1012 [t0] edu dma dst: 4 */
	memcpy(buf, "\x2e\x02\x04\x00", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #1013 [t0] edu dma count: 4 */
	memcpy(buf, "\x91\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #1014 [t0] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #1015 [t0] TEST_OP_ACCESS_RW: -1 EINVAL */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x43\x00\x00\x00\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x1a\x02\x1e\x07\x00\x00\x00\x00\xca\x0e\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x05", 41,
	    "", 0, 0, -1, -1);
	/* #1016 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0006011000ul, 0x4000ul), "0");
	/* #1017 [t0] IOMMU_OPTION: 0 */
	ioc("t0 IOMMU_OPTION", "0", 0, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #1018 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0005004000ul, 0x3000ul), "0");
	/* #1019 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\xb0\x93\x0c\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1020 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #1021 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1022 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x30\x01\x04\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\xed\xf2\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #1023 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x13\x00\x00\x00\x22\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1024 [t0] edu config command: 2 */
	memcpy(buf, "\x02\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #1025 [t0] edu dma src: 4 */
	memcpy(buf, "\xd1\x01\x04\x00", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #1026 [t0] edu dma dst: 4 */
	memcpy(buf, "\x5e\x1f\x00\x01", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #1027 [t0] edu dma count: 4 */
	memcpy(buf, "\xb7\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #1028 [t0] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #1029 [t0] poll fault fd: 0 */
	{
		struct pollfd p = { .fd = 321, .events = POLLIN };
		say("t0 poll fault fd", poll(&p, 1, 0), "0");
	}
	/* #1030 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(320, buf, 40), "0");
	/* #1031 [t0] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EINVAL", 0, 301, 0x3b86ul,
	    "\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1032 [t0] TEST_OP_PASID_REPLACE: -1 E2BIG */
	ioc("t0 TEST_OP_PASID_REPLACE", "-1 E2BIG", 0, 301, 0x3ba0ul,
	    "\x5b\x00\x00\x00\x13\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 91,
	    "", 0, 0, -1, -1);
	/* #1033 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 300, 0x3b8aul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x03\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1034 [t0] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 0, 313, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #1035 [t0] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x82\x00\x00\x00\x09\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #1036 [t0] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x07\x00\x00\x00\x00"
	    "\x00\x50", 34,
	    "", 0, 0, -1, -1);
	/* #1037 [t0] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\xc2\x00\x00\x00\x23\x34\xc0\xaf"
	    "\xc6\x36\x63\xfb\x8b\xb6\x16\xda\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 69,
	    "", 0, 0, -1, -1);
	/* #1038 [t0] TEST_OP_DIRTY: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_DIRTY", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0d\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x90\xc9\x04\x00\x00\x00\x00"
	    "\x00\x08\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 54,
	    "", 0, 0, -1, -1);
	/* #1039 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x07\x00\x00\x00\x08\x00\x00\x00\x04", 25,
	    "\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x03", 29, 0, -1, -1);
	/* #1040 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x70\x00\x01\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #1041 [t0] TEST_OP_ACCESS_REPLACE_IOAS: -1 EINVAL */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EINVAL", 0, 301, 0x3ba0ul,
	    "\x00\x00\x00\x00\x0b\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #1042 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x50\x01\x02\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\xf6", 35,
	    "", 0, 0, -1, -1);
	/* #1043 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x15\x06\x03\x01\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x15\xf6\xff", 35,
	    "", 0, 0, -1, -1);
	/* #1044 [t0] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00\x00\x76\x01\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x72\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #1045 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\xa0\x01\x00\x00\x00\x00\x00"
	    "\x00\x30\x4c", 35,
	    "", 0, 0, -1, -1);
	/* #1046 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x02\x02\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\x77\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #1047 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x04\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1048 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x15\x00\x00\x00\x00\x90\x17\x05\x00\x00\x00\x00\x00\x00\x00\x40", 20,
	    "", 0, 0, -1, -1);
	/* #1049 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x2c\x00\x00\x00\x06\x00\x00\x00\x00\x20\xe9\x0b\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #1050 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1051 [t0] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EINVAL", 0, 302, 0x3b86ul,
	    "\x17\x00\x00\x00\x0a\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\xf0\x02", 19,
	    "", 0, 0, -1, -1);
	/* #1052 [t0] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x40", 21,
	    "", 0, 0, -1, -1);
	/* #1053 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\x0d\xd1\x04\x00\x00\x01", 25,
	    "\x01\x00\x00\x00\x01", 5, 0, -1, -1);
	/* #1054 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x01\x00\x6f\x00\x00\x00\xf0\x02\x00\x00\x00\x00\x00"
	    "\x00\x80\x7e", 35,
	    "", 0, 0, -1, -1);
	/* #1055 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x60\x00\x05\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\xd7\x08", 36,
	    "", 0, 0, -1, -1);
	/* #1056 [t0] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x4b\xb6\x5d\xf9", 32,
	    "", 0, 0, -1, -1);
	/* #1057 [t0] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t0 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 0, 310, 0x3b70ul,
	    "\x1c", 1,
	    "", 0, 0, -1, -1);
	/* #1058 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x04", 5,
	    "", 0, 0, -1, -1);
	/* #1059 [t0] IOMMU_IOAS_MAP: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOTTY", 0, 334, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\xdc", 35,
	    "", 0, 0, -1, -1);
	/* #1060 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x08", 9,
	    "", 0, 0, -1, -1);
	/* #1061 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #1062 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x04\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x35", 35,
	    "", 0, 0, -1, -1);
	/* #1063 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\x14\x02", 36,
	    "", 0, 0, -1, -1);
	/* #1064 [t0] TEST_OP_ADD_RESERVED: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ADD_RESERVED", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x00\x02\x00\x00\x00\x80\xf3\x00\x00\x00\x00\x00\x00\x10", 26,
	    "", 0, 0, -1, -1);
	/* #1065 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 301, 0x3b89ul,
	    "\x17\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x02", 13,
	    "", 0, 0, -1, -1);
	/* #1066 [t0] fork: 0 */
	fork_touch(0x6f000301c000ul, 0x1000ul, 0);
	/* #1067 [t0] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1068 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0006010000ul, 0x2000ul), "0");
	/* #1069 [t0] IOMMU_IOAS_UNMAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EFAULT", 0, 301, 0x3b86ul,
	    "\x37\x20\x00\x00\x02\x00\x00\x00\x00\xe0\x14\x02\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #1070 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x03\x02\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\xdc\x06", 36,
	    "", 0, 0, -1, -1);
	/* #1071 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x70\x02\x00\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xe4\x07", 36,
	    "", 0, 0, -1, -1);
	/* #1072 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x30\x01\x01\x00\x6f\x00\x00\x00\x70\x02\x00\x00\x00\x00\x00"
	    "\x00\x10\x3d", 35,
	    "", 0, 0, -1, -1);
	/* #1073 [t0] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 0, 301, 0x3ba0ul,
	    "\x00\x00\x00\x80\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x40\x01\x02\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #1074 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1075 [t0] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0e\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #1076 [t0] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_COPY", "-1 EINVAL", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #1077 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0005017000ul, 0x4000ul, 3), "0");
	/* #1078 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x90\x57\x09\x00\x00\x00\x00"
	    "\x00\xf0\x14\x02", 36,
	    "", 0, 0, -1, -1);
	/* #1079 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1080 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x0f\x00\x00\x00\x01\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00", 32);
	say("t0 write fault fd", write(325, buf, 32), "-1 EINVAL");
	/* #1081 [t0] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t0 IOMMU_GET_HW_INFO", "-1 ENOENT", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x17\x00\x00\x00\x38\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1082 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x36\x71\x01\x01\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x36\xf1\x5a\x03", 36,
	    "", 0, 0, -1, -1);
	/* #1083 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f000202c000ul, 0x4000ul), "0");
	/* #1084 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x03\x00\x00\x00\x07\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\xd0\x02\x09\x00\x00\x00\x00"
	    "\x00\x20\xce\x03", 36,
	    "", 0, 0, -1, -1);
	/* #1085 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x10\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x13", 41,
	    "", 0, 0, -1, -1);
	/* #1086 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1087 [t0] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t0 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x40", 21,
	    "", 0, 0, -1, -1);
	/* #1088 [t0] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP unknown", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x98\xac\x1f\xee\x03", 9,
	    "", 0, 0, -1, -1);
	/* #1089 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x74\xdf\xf6\x00\x00\x00\x00\x00\xb2\x03\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #1090 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\xff\xff\xff\x7f\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1091 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1092 [t0] pread device region: -1 EINVAL */
	say("t0 pread device region", pread(316, buf, 1, 0x70000000087), "-1 EINVAL");
	/* #1093 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x05\x00\x00\x00\x00\x80\x02\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff"
	    "\x00\x30\x64\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #1094 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x03\x05\x00\x6f\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x65\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #1095 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x11", 9,
	    "", 0, 0, -1, -1);
	/* #1096 [t0] IOMMU_DESTROY: 0 */
	ioc("t0 IOMMU_DESTROY", "0", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #1097 [t0] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_COPY", "-1 EINVAL", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1098 [t0] IOMMU_IOAS_MAP: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOTTY", 0, 325, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x06\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\x0a\x09", 36,
	    "", 0, 0, -1, -1);
	/* #1099 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1100 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x0b\x00\x00\x00\x00\x20\xef\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1101 [t0] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\xa6\x00\x00\x00\x00\x00\x00\x08"
	    "\x00\x70\x30", 35,
	    "", 0, 0, -1, -1);
	/* #1102 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1103 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x6f\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00"
	    "\x00\x80\xf3\x07", 36,
	    "", 0, 0, -1, -1);
	/* #1104 [t0] TEST_OP_PASID_REPLACE: -1 EINVAL */
	ioc("t0 TEST_OP_PASID_REPLACE", "-1 EINVAL", 0, 301, 0x3ba0ul,
	    "\x43\x00\x00\x00\x13\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\x7f", 24,
	    "", 0, 0, -1, -1);
	/* #1105 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xd0\xf6\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1106 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #1107 [t0] edu dma src: 4 */
	memcpy(buf, "\x58\x07\x04\x00", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #1108 [t0] edu dma dst: 4 */
	memcpy(buf, "\x00\x10\x9a\x0c", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #1109 [t0] edu dma count: 4 */
	memcpy(buf, "\x4d\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #1110 [t0] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #1111 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 E2BIG */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 E2BIG", 0, 301, 0x3ba0ul,
	    "\x7e\x00\x00\x00\x06\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 126,
	    "", 0, 0, -1, -1);
	/* #1112 [t0] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 0, 317, 0x3b6dul,
	    "\x39\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 57,
	    "", 0, 0, -1, -1);
	/* #1113 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x0b", 9,
	    "", 0, 0, -1, -1);
	/* #1114 [t0] IOMMU_DESTROY: 0 */
	ioc("t0 IOMMU_DESTROY", "0", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x02", 5,
	    "", 0, 0, -1, -1);
	/* #1115 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x80\x02\x01\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x27\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1116 [t0] IOMMU_DESTROY: 0 */
	ioc("t0 IOMMU_DESTROY", "0", 0, 301, 0x3b80ul,
	    "\x38\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #1117 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 300, 0x3b89ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x13\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x03", 41,
	    "", 0, 0, -1, -1);
	/* #1118 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x0b", 9,
	    "", 0, 0, -1, -1);
	/* #1119 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x14\x00\x00\x00\x00\x00\x00\x00\x00\x70\x02\x04\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #1120 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 300, 0x3ba0ul,
	    "\x68\x00\x00\x00\x01\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x20", 26,
	    "", 0, 0, -1, -1);
	/* #1121 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #1122 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x25\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #1123 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 301, 0x3b84ul,
	    "\x20\x00\x00\x00\x00\x00\x00\x80\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1124 [t0] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08", 45,
	    "", 0, 0, -1, -1);
	/* #1125 [t0] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x02\x00\x00\x00\x00\x80\x00\x00\x03\x00\x00\x00\x1c", 21,
	    "", 0, 0, -1, -1);
	/* #1126 [t0] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 0, 314, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #1127 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x10\x00\x00\x00\x27\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x03", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #1128 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x60\xed\x0c\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #1129 [t0] TEST_OP_PAGE_RESPONSES: 0 */
	ioc("t0 TEST_OP_PAGE_RESPONSES", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10", 17,
	    "", 0, 0, -1, -1);
	/* #1130 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #1131 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x14\x02\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1132 [t0] close: 0 */
	say("t0 close", close(325), "0");
	/* #1133 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(320, buf, 80), "0");
	/* #1134 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\x80\x01\x02\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #1135 [t0] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\xca\xaf\x1d\xbc\x00\x00\x00\x00\x00\xe0\x06\x0a\x00\x00\x00\x00"
	    "\x00\x60", 34,
	    "", 0, 0, -1, -1);
	/* #1136 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x0b\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1137 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #1138 [t0] edu dma src: 4 */
	memcpy(buf, "\xf7\x0b\x04\x00", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #1139 [t0] edu dma dst: 4 */
	memcpy(buf, "\x8c\x30\x00\x00", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #1140 [t0] edu dma count: 4 */
	memcpy(buf, "\x96\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #1141 [t0] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #1142 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 301, 0x3b83ul,
	    "\x38\x00\x00\x00\x06\x00\x00\x00\x25\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 37,
	    "", 0, 0, -1, -1);
	/* #1143 [t0] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t0 IOMMU_GET_HW_INFO", "-1 ENOENT", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x08\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1144 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #1145 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xe0\x14\x02\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #1146 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 302, 0x3ba0ul,
	    "\x44\x00\x00\x00\x02\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	/* #1147 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #1148 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x17", 17,
	    "", 0, 0, -1, -1);
	/* #1149 [t0] TEST_OP_ACCESS_PAGES: -1 E2BIG */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 E2BIG", 0, 300, 0x3ba0ul,
	    "\x64\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\xff", 100,
	    "", 0, 0, -1, -1);
	/* #1150 [t0] TEST_OP_ACCESS_RW: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x5d\x09\x00\x00\x00\x00\xe1\x04\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x92\x15\x92\xdb", 44,
	    "", 0, 0, -1, -1);
	/* #1151 [t0] TEST_OP_MD_CHECK_REFS: -1 E2BIG */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 E2BIG", 0, 301, 0x3ba0ul,
	    "\x62\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6e\x00\x00"
	    "\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xff", 98,
	    "", 0, 0, -1, -1);
	/* #1152 [t0] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "0", 0, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "\x00\x20\x14\x08\x00\x00\x00\x00\xff\x8f\x14\x08\x00\x00\x00\x00\x00\x90\x75\x0e\x00\x00\x00\x00\xff\xcf\x75\x0e\x00\x00\x00\x00"
	    "\x00\x40\x24\x08\x00\x00\x00\x00\xff\x4f\x26\x08", 44, 0, -1, -1);
	/* #1153 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x70", 34,
	    "", 0, 0, -1, -1);
	/* #1154 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 29,
	    "", 0, 0, -1, -1);
	/* #1155 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #1156 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1157 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x6f\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00"
	    "\x00\xd0\x75\x04", 36,
	    "", 0, 0, -1, -1);
	/* #1158 [t0] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 0, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #1159 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0006033000ul, 0x3000ul), "0");
	/* #1160 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 302, 0x3b8aul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x09\x00\x00\x00\x3f\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xed\xfe", 28,
	    "", 0, 0, -1, -1);
	/* #1161 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x60\xc3\x0c\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 0, -1, -1);
	/* #1162 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1163 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x09\x00\x00\x00\x08\x00\x00\x00\x03", 13,
	    "", 0, 0, -1, -1);
	/* #1164 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(322, buf, 80), "0");
	/* #1165 [t0] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x14\x02\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x03\x00\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #1166 [t0] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #1167 [t0] edu dma src: 4 */
	memcpy(buf, "\xda\x0a\x04\x00", 4);
	say("t0 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #1168 [t0] edu dma dst: 4 */
	memcpy(buf, "\x75\x0d\x00\x01", 4);
	say("t0 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #1169 [t0] edu dma count: 4 */
	memcpy(buf, "\x2e\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #1170 [t0] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #1171 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1172 [t0] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x80\x00\x04\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #1173 [t0] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\xff\xff\x0f\x00\x00\x00\x00\x80", 24,
	    "", 0, 0, -1, -1);
	/* #1174 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x20\xfc\x06\x00\x00\x00\x00\x00\x20\x03", 27,
	    "", 0, 0, -1, -1);
	/* #1175 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\x00\x00\x00\x00\x00"
	    "\x00\x20", 34,
	    "", 0, 0, -1, -1);
	/* #1176 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(323, buf, 120), "0");
	/* #1177 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x19\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x07\x00\x00\x00\x08", 21,
	    "", 0, 0, -1, -1);
	/* #1178 [t0] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 29,
	    "", 0, 0, -1, -1);
	/* #1179 [t0] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOTTY */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOTTY", 0, 341, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "\x00\x00\x00\x00\x00\x00\x00\x00\xff\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\xff\x3f\x03\x00\x00\x00\x00\x02", 32, 0, -1, -1);
	/* #1180 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x02", 25,
	    "\x80\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04", 13, 0, -1, -1);
	/* #1181 [t0] IOMMU_OPTION: 0 */
	ioc("t0 IOMMU_OPTION", "0", 0, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #1182 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x07", 9,
	    "", 0, 0, -1, -1);
	/* #1183 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1184 [t0] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "0", 0, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "\x00\x00\x00\x00\x00\x00\x00\x00\xff\xef\x00\x00\x00\x00\x00\x00\x00\x90\x03\x00\x00\x00\x00\x00\xff\x9f\x03\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02\xff\x0f\x00\x00\x00\x00\x00\x02\x00\x00\x66\x00\x00\x00\x00\x00\xff\x7f\x66\x00\x00\x00\x00\x00"
	    "\x00\x00\x66\x06\x00\x00\x00\x00\xff\x0f\x66\x06", 76, 0, -1, -1);
	/* #1185 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1186 [t0] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0b\x00\x00\x00\x01\x00\x00\x00\x14\x00\x00\x00\x02\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #1187 [t0] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1188 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\xfb\x10\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x60\x00\x04\x00\x6f\x00\x00\x00\x70\x03\x00\x00\x00\x00\x00"
	    "\x00\x00\xb4", 35,
	    "", 0, 0, -1, -1);
	/* #1189 [t0] TEST_OP_MD_CHECK_REFS: -1 EINVAL */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EINVAL", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x70\x03\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff", 32,
	    "", 0, 0, -1, -1);
	/* #1190 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x93\x0c\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1191 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x0a", 17,
	    "", 0, 0, -1, -1);
	/* #1192 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x1d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x80", 18,
	    "", 0, 0, -1, -1);
	/* #1193 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x04\x00\x6f\x00\x00\x00\xb0\x03\x00\x00\x00\x00\x00"
	    "\x00\xa0\x25\x07", 36,
	    "", 0, 0, -1, -1);
	/* #1194 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x09\x00\x00\x00\x13\x00\x00\x00\x0e", 13,
	    "", 0, 0, -1, -1);
	/* #1195 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\x00\x42\x06\x00\x00\x00\x00\x00\x80", 18,
	    "", 0, 0, -1, -1);
	/* #1196 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\xb0\xf9\xe4\x07\x00\x00\x00\x00\x6a\x0d\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x05", 41,
	    "", 0, 0, -1, -1);
	/* #1197 [t0] TEST_OP_TRIGGER_IOPF: -1 ENOTTY */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 ENOTTY", 0, 1, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x11\x00\x00\x00\x00\x00\x00\x00\xff\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\xa6", 35,
	    "", 0, 0, -1, -1);
	/* #1198 [t0] close: 0 */
	say("t0 close", close(301), "0");
	/* #1199 [t0] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\xfd\x01\x00\x00\x07\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #1200 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 300, 0x3b80ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #1201 [t0] pread device region: -1 EINVAL */
	say("t0 pread device region", pread(312, buf, 1, 0x20), "-1 EINVAL");
	/* #1202 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #1203 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 302, 0x3b85ul,
	    "\x00\x00\x00\x80\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x70\x01\x05\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1204 [t0] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_PASID_REPLACE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #1205 [t0] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x1e\x00\x00\x00\x08", 13,
	    "", 0, 0, -1, -1);
	/* #1206 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x50\x01\x00\x00\x00\x00\x00\x00\x00\x58\x0f\x00\x00\x00\x00"
	    "\x00\xb0\x7a", 35,
	    "", 0, 0, -1, -1);
	/* #1207 [t0] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENODEV */
	ioc("t0 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENODEV", 0, 310, 0x3b70ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1208 [t0] ioasid unknown nr: -1 ENOTTY */
	ioc("t0 ioasid unknown nr", "-1 ENOTTY", 0, 300, 0x3b8cul,
	    "\x30\x00\x00\x00\x33\x18\xea\x0f\x16", 9,
	    "", 0, 0, -1, -1);
	/* #1209 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x5c\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xe4\x07\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #1210 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0005039000ul, 0x7000ul), "0");
	/* #1211 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\xff\xff\xff\xff\x06\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x06\x00\x6f\x00\x00\x00\x70\x02\x00\x00\x00\x00\x00"
	    "\x00\x90\x4c\x08", 36,
	    "", 0, 0, -1, -1);
	/* #1212 [t0] read fault fd: -1 EBADF */
	say("t0 read fault fd", read(325, buf, 120), "-1 EBADF");
	/* #1213 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x09\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x0a", 41,
	    "", 0, 0, -1, -1);
	/* #1214 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x80", 26,
	    "", 0, 0, -1, -1);
	/* #1215 [t0] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 21,
	    "", 0, 0, -1, -1);
	/* #1216 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x0e", 17,
	    "", 0, 0, -1, -1);
	/* #1217 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1218 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1219 [t0] IOMMU_DESTROY: -1 E2BIG */
	ioc("t0 IOMMU_DESTROY", "-1 E2BIG", 0, 300, 0x3b80ul,
	    "\x2a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 42,
	    "", 0, 0, -1, -1);
	/* #1220 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1221 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #1222 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x15\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\xcd\x09\x00\x00\x00\x00"
	    "\x00\x30\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #1223 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1224 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x41\x08\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03", 13, 0, -1, -1);
	/* #1225 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #1226 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x15\x00\x00\x00\x01\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\xd0\xa4\x0b\x00\x00\x00\x00"
	    "\x00\x30\x9b\x02", 36,
	    "", 0, 0, -1, -1);
	/* #1227 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #1228 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0002008000ul, 0x2000ul, 1), "0");
	/* #1229 [t0] edu config command: -1 EINVAL */
	memcpy(buf, "\x06\x00", 2);
	say("t0 edu config command", pwrite(313, buf, 2, 0x70000000004), "-1 EINVAL");
	/* #1230 [t0] edu dma src: -1 EINVAL */
	memcpy(buf, "\xe8\x0b\x04\x00", 4);
	say("t0 edu dma src", pwrite(313, buf, 4, 0x80), "-1 EINVAL");
	/* #1231 [t0] edu dma dst: -1 EINVAL */
	memcpy(buf, "\x00\x80\x0b\x00", 4);
	say("t0 edu dma dst", pwrite(313, buf, 4, 0x88), "-1 EINVAL");
	/* #1232 [t0] edu dma count: -1 EINVAL */
	memcpy(buf, "\x98\x00\x00\x00", 4);
	say("t0 edu dma count", pwrite(313, buf, 4, 0x90), "-1 EINVAL");
	/* #1233 [t0] edu dma start: -1 EINVAL */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t0 edu dma start", pwrite(313, buf, 4, 0x98), "-1 EINVAL");
	/* #1234 [t0] IOMMU_DESTROY: -1 EBADF */
	ioc("t0 IOMMU_DESTROY", "-1 EBADF", 0, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x40", 5,
	    "", 0, 0, -1, -1);
	/* #1235 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\xff\xff\xff\xff", 8,
	    "", 0, 0, -1, -1);
	/* #1236 [t0] TEST_OP_ADD_RESERVED: -1 EBADF */
	ioc("t0 TEST_OP_ADD_RESERVED", "-1 EBADF", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\x7f\x00\x00\x00\x00\x00\x30\x01", 27,
	    "", 0, 0, -1, -1);
	/* #1237 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x09\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x0a", 41,
	    "", 0, 0, -1, -1);
	/* #1238 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\xe0\x01\x00\x00\x00\x00\x00"
	    "\x00\xc0\x07", 35,
	    "", 0, 0, -1, -1);
	/* #1239 [t0] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP unknown", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x88\x8d\x0d\x09", 9,
	    "", 0, 0, -1, -1);
	/* #1240 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08", 21,
	    "", 0, 0, -1, -1);
	/* #1241 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1242 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 300, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x3d\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1243 [t0] IOMMU_OPTION: -1 EINVAL */
	ioc("t0 IOMMU_OPTION", "-1 EINVAL", 0, 302, 0x3b87ul,
	    "\x17\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #1244 [t0] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0e\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\xef\xbe\xad\x0b", 24,
	    "", 0, 0, -1, -1);
	/* #1245 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #1246 [t0] pread device region: 2 */
	say("t0 pread device region", pread(310, buf, 2, 0x30), "2");
	/* #1247 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x00\x00\x00\x00\x07\x00\x00\x02\x0d\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x00\x00\x6f\x00\x00\x00\x80\x02\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #1248 [t0] read fault fd: 0 */
	say("t0 read fault fd", read(323, buf, 160), "0");
	/* #1249 [t0] poll fault fd: 0 */
	{
		struct pollfd p = { .fd = 324, .events = POLLIN };
		say("t0 poll fault fd", poll(&p, 1, 0), "0");
	}
	/* #1250 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x90\x1f\x05\x00\x00\x00\x00\x00\x60\x02", 19,
	    "", 0, 0, -1, -1);
	/* #1251 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x40\x01\x05\x00\x6f\x00\x00\x00\xa0\x01\x00\x00\x00\x00\x00"
	    "\x00\xa0\x52\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #1252 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x18\x00\x00\x00\x15\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xb0\xea\x0c\x00\x00\x00\x00"
	    "\x00\x30", 34,
	    "", 0, 0, -1, -1);
	/* #1253 [t0] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\xb3\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #1254 [t0] IOMMU_HWPT_ALLOC: -1 EBADF */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EBADF", 0, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #1255 [t0] IOMMU_IOAS_IOVA_RANGES: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "-1 ENOENT", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x19\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1256 [t0] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\xc2\x02\x00\x00\x00\x00"
	    "\x00\x00\x03", 35,
	    "", 0, 0, -1, -1);
	/* #1257 [t0] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EIO", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x02\x00\x00\x00\x00\x00\x00\x50\x00\x02\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 0, -1, -1);
	/* #1258 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #1259 [t0] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EINVAL", 0, 300, 0x3b86ul,
	    "\x16\x00\x00\x00\x18\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1260 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x44\x00\x00\x00\x02\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #1261 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x0b\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\x7f\x00\x00\x00"
	    "\x00\x40\xf1\x08", 36,
	    "", 0, 0, -1, -1);
	/* #1262 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x20\x01", 19,
	    "", 0, 0, -1, -1);
	/* #1263 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x00\x00\x00\x00\x06\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x90\x01\x05\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xd2", 35,
	    "", 0, 0, -1, -1);
	/* #1264 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #1265 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x00\x04\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x09\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #1266 [t0] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_COPY", "-1 ENOENT", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x13\x00\x00\x00\x04\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xd0\xc6\x0d\x00\x00\x00\x00"
	    "\x00\x10\x1e\x07", 36,
	    "", 0, 0, -1, -1);
	/* #1267 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x05", 9,
	    "", 0, 0, -1, -1);
	/* #1268 [t0] mprotect: -1 ENOMEM */
	say("t0 mprotect", mprotect((void *)0x6f0006014000ul, 0x3000ul, 0), "-1 ENOMEM");
	/* #1269 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x15\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1270 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x01\x02\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\xeb\x1a\x16\xa4\xf9\x9e", 40,
	    "", 0, 0, -1, -1);
	/* #1271 [t0] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 29,
	    "", 0, 0, -1, -1);
	/* #1272 [t0] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EBADF", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x40\x01\x03\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x84\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1273 [t0] IOMMU_DESTROY: -1 ENOENT */
	ioc("t0 IOMMU_DESTROY", "-1 ENOENT", 0, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\xff\xff\xff\xff", 8,
	    "", 0, 0, -1, -1);
	/* #1274 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x10\x00\x00\x00\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #1275 [t0] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 0, 315, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #1276 [t0] IOMMU_HWPT_ALLOC: 0 */
	ioc("t0 IOMMU_HWPT_ALLOC", "0", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x0f\x00\x00\x00\x06", 13,
	    "", 0, 0, -1, -1);
	/* #1277 [t0] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x13", 21,
	    "", 0, 0, -1, -1);
	/* #1278 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\xb1\x2d\x14\x08\x00\x00\x00\x00\x14\x08\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #1279 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x06\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\x70", 35,
	    "", 0, 0, -1, -1);
	/* #1280 [t0] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 0, 300, 0x3ba0ul,
	    "\xff\xff\xff\xff\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #1281 [t0] write fault fd: -1 EINVAL */
	memcpy(buf, "\x05\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x62\x97\x4a\x00\x00\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t0 write fault fd", write(323, buf, 16), "-1 EINVAL");
	/* #1282 [t0] mprotect: -1 ENOMEM */
	say("t0 mprotect", mprotect((void *)0x6f0001012000ul, 0x4000ul, 0), "-1 ENOMEM");
	/* #1283 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x10\x7d\x0b\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #1284 [t0] IOMMU_DESTROY: -1 EFAULT */
	ioc("t0 IOMMU_DESTROY", "-1 EFAULT", 0, 302, 0x3b80ul,
	    "\xff\xff\xff\xff\x06", 5,
	    "", 0, 0, -1, -1);
	/* #1285 [t0] TEST_OP_PAGE_RESPONSES: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PAGE_RESPONSES", "-1 EOPNOTSUPP", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x0d", 17,
	    "", 0, 0, -1, -1);
	/* #1286 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0004037000ul, 0x2000ul, 1), "0");
	/* #1287 [t0] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_RW", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\xc2\xa0\x52\x0c\x00\x00\x00\x00\xa4\x04\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #1288 [t0] IOMMU_GET_HW_INFO: 0 */
	ioc("t0 IOMMU_GET_HW_INFO", "0", 0, 302, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x16\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #1289 [t0] VFIO_DEVICE_GET_REGION_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_REGION_INFO", "-1 EINVAL", 0, 312, 0x3b6cul,
	    "\x54\x00\x00\x00\x00\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #1290 [t0] TEST_OP_PASID_DETACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x1b", 21,
	    "", 0, 0, -1, -1);
	/* #1291 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x02\x02\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #1292 [t0] TEST_OP_ACCESS_REPLACE_IOAS: -1 ENOENT */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x44\x00\x00\x00\x0b\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x1f", 17,
	    "", 0, 0, -1, -1);
	/* #1293 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #1294 [t0] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x93\x00\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x60", 35,
	    "", 0, 0, -1, -1);
	/* #1295 [t0] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t0 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x11", 21,
	    "", 0, 0, -1, -1);
	/* #1296 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\xff\xff\xff\x7f", 44,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #1297 [t0] TEST_OP_ACCESS_REPLACE_IOAS: 0 */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #1298 [t0] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t0 TEST_OP_TRIGGER_IOPF", "0", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x54\x00\x00\x00\x02\x00\x00\x00"
	    "\x00\x20\x82\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #1299 [t0] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t0 IOMMU_FAULT_QUEUE_ALLOC", "0", 0, 302, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 325);
	/* #1300 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 302, 0x3b85ul,
	    "\x34\x00\x00\x00\x03\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x05\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xaf", 35,
	    "", 0, 0, -1, -1);
	/* (the fuzzer's later calls of this epoch cut: the WARN comes with #1300) */
	printf("replayed 1421 calls\n");
	return 0;
}
