// SPDX-License-Identifier: GPL-2.0
/*
 * ioasid-fuzz reproducer: seed 0xdfd6c79198066ecc, epoch 1 (epoch seed 0xae788c6c4da1886f),
 * 16 calls of 2 thread(s), replayed in order on one thread.
 * Replay the fuzzer's own epoch: ioasid-fuzz -s 0xae788c6c4da1886f -E 1 -t 2
 * (plus the run's -f, -K, -L).
 * Issue 11 item 2: #1542, IOMMU_IOAS_MAP of 2^63 bytes (FIXED_IOVA, at an
 * address never mapped), allocates its page array before any check.
 * Why: kernel report: WARNING: CPU: 1 PID: 130 at mm/util.c:596 kvmalloc_node+0xbf/0xe0
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
/* Name the call after which the kernel first complained. */
static void check_kmsg(void)
{
	static const char *const bad[] = { "WARNING:", "BUG:", "Oops", "KASAN:",
		"UBSAN:", "general protection", "possible circular locking",
		"inconsistent lock state", "sleeping function called" };
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
	/* #1532 [t0] epoch: 0 */
	/* epoch start */
	/* #1533 [t0] open ioasid: 300 */
	r = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	say("t0 open ioasid", r, "300");
	to_fd(r, 300);
	/* #1534 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #1535 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x6f\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1536 [t0] open vfio cdev: 310 */
	r = open("/dev/vfio/devices/vfio3", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "310");
	to_fd(r, 310);
	/* #1537 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 310, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #1538 [t0] open vfio cdev: 311 */
	r = open("/dev/vfio/devices/vfio0", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "311");
	to_fd(r, 311);
	/* #1539 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 311, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #1540 [t0] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 ENOENT */
	ioc("t0 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 ENOENT", 0, 311, 0x3b77ul,
	    "\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #1541 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x6f\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x10\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1542 [t0] IOMMU_IOAS_MAP: -1 ENOMEM */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOMEM", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x6f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80"
	    "\x00\x00\xc5\x01", 36,
	    "", 0, 0, -1, -1);
	/* #1543 [t0] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x12", 9,
	    "", 0, 0, -1, -1);
	/* #1544 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x08\x07\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\xa1\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #1545 [t0] IOMMU_DESTROY: -1 E2BIG */
	ioc("t0 IOMMU_DESTROY", "-1 E2BIG", 0, 300, 0x3b80ul,
	    "\x45\x00\x00\x00\x23\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\xff", 69,
	    "", 0, 0, -1, -1);
	/* #1546 [t0] IOMMU_IOAS_UNMAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 EFAULT", 0, 300, 0x3b86ul,
	    "\xff\xff\xff\xff\x01\x00\x00\x00\x00\x10\xa1\x0c\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #1547 [t0] IOMMU_IOAS_ALLOW_IOVAS: in flight (never returned) */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "in flight (never returned)", 0, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "\x00\xc0\xe8\x00\x00\x00\x00\x00\xff\xcf\xeb\x00\x00\x00\x00\x00\x00\x80\x04\x00\x00\x00\x00\x00\xff\x9f\x04\x00\x00\x00\x00\x00"
	    "\x00\x40\xa5\x00\x00\x00\x00\x00\xff\x9f\xa5\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff"
	    "\x00\x70\xb4\x07\x00\x00\x00\x00\xff\x5f\xb5\x07\x00\x00\x00\x00\x00\x00\xfd\x08\x00\x00\x00\x00\xff\x4f\xfd\x08", 92, 0, -1, -1);
	printf("replayed 16 calls\n");
	return 0;
}
