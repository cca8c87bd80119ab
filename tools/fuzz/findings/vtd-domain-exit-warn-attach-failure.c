// SPDX-License-Identifier: GPL-2.0
/*
 * ioasid-fuzz reproducer: seed 0x528f2925fab795be, epoch 36 (epoch seed 0x44f1f3ca8786db9d),
 * 594 calls of 3 thread(s), replayed in order on one thread.
 * Replay the fuzzer's own epoch: ioasid-fuzz -s 0x44f1f3ca8786db9d -E 1 -t 3
 * (plus the run's -f, -K, -L).
 * Most likely #55801: VFIO_DEVICE_ATTACH_IOMMUFD_PT of an edu behind the
 * bridge (group of three devices) to IOAS 5 with fail-nth 24, -1 ENOMEM:
 * see README.md beside this file.  Single-threaded, the fail-nth counts
 * may land elsewhere; the fuzzer's own epoch: -s 0x44f1f3ca8786db9d -E 1
 * -t 3 -f 10 -L.
 * Why: kernel report: WARNING: CPU: 1 PID: 687 at drivers/iommu/intel/iommu.c:1918 domain_exit+0x125/0x150
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
	/* #55225 [t0] epoch: 0 */
	/* epoch start */
	/* #55226 [t0] open ioasid: 300 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t0 open ioasid", r, "300");
	to_fd(r, 300);
	/* #55227 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55228 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x6f\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55229 [t0] open vfio cdev: 310 */
	r = open("/dev/vfio/devices/vfio3", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "310");
	to_fd(r, 310);
	/* #55230 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 310, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55231 [t0] VFIO_DEVICE_ATTACH_IOMMUFD_: 0 */
	ioc("t0 VFIO_DEVICE_ATTACH_IOMMUFD_", "0", 0, 310, 0x3b77ul,
	    "\x0c\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #55232 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55233 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\xff\xff\xff\xff\x00\x10\x00\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x03", 25,
	    "\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03", 21, 0, -1, -1);
	/* #55234 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01", 19,
	    "", 0, 0, -1, -1);
	/* #55235 [t0] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t0 IOMMU_FAULT_QUEUE_ALLOC", "0", 0, 300, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 322);
	/* #55236 [t0] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x31\x19\x00\x00\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #55237 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0005016000ul, 0x3000ul, 4), "0");
	/* #55238 [t0] open ioasid: 301 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t0 open ioasid", r, "301");
	to_fd(r, 301);
	/* #55239 [t0] open vfio cdev: 316 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t0 open vfio cdev", r, "316");
	to_fd(r, 316);
	/* #55240 [t0] IOMMU_IOAS_MAP: -1 EINVAL (fault injected) */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x00\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x30\x07\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x32\x09", 36,
	    "", 0, 4, -1, -1);
	/* #55241 [t0] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 0, 301, 0x3b8dul,
	    "\x20\x00\x00\x00\x24\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\xef\xbe\xad\x0d\x08\x00\x00\x00\x04", 25,
	    "\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x02", 29, 0, -1, -1);
	/* #55242 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0004036000ul, 0x3000ul), "0");
	/* #55243 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55244 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f000702a000ul, 0x1000ul, 20), "0");
	/* #55245 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x1e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55246 [t1] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EINVAL", 1, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x02\x00\x00\x00\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x04", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55247 [t1] TEST_OP_MD_CHECK_REFS: -1 EIO */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EIO", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x30\x02\x03\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #55248 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x23\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55249 [t1] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\xe5\x00\x00\x00\x0e\x00\x00\x00"
	    "\x00\x40\x78", 35,
	    "", 0, 0, -1, -1);
	/* #55250 [t1] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 20,
	    "", 0, 0, -1, -1);
	/* #55251 [t1] write fault fd: -1 EINVAL */
	memcpy(buf, "\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\xd6\x9a\x4a\x00\x00\x00\x00\x00\x2d\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(322, buf, 8), "-1 EINVAL");
	/* #55252 [t1] TEST_OP_PAGE_RESPONSES: -1 ENOENT */
	ioc("t1 TEST_OP_PAGE_RESPONSES", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #55253 [t0] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EINVAL", 0, 310, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #55254 [t0] IOMMU_IOAS_ALLOC: 0 */
	ioc("t0 IOMMU_IOAS_ALLOC", "0", 0, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55255 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #55256 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 300, 0x3ba0ul,
	    "\x53\x1f\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x23\x00\x00\x00\x00\x00"
	    "\x00\xb0\x01", 35,
	    "", 0, 0, -1, -1);
	/* #55257 [t0] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EINVAL", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x40\x01\x00\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xa6\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #55258 [t0] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x4e\x0a\x00\x00\x00\x00"
	    "\x00\x20", 34,
	    "", 0, 0, -1, -1);
	/* #55259 [t0] ioasid unknown nr: -1 EINVAL */
	ioc("t0 ioasid unknown nr", "-1 EINVAL", 0, 301, 0x3b8eul,
	    "\x08\x00\x00\x00\x98\x90\x24\x17\x27", 9,
	    "", 0, 0, -1, -1);
	/* #55260 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x16\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x06\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #55261 [t0] read fault fd: -1 ESPIPE */
	say("t0 read fault fd", read(322, buf, 48), "-1 ESPIPE");
	/* #55262 [t0] madvise: 0 */
	say("t0 madvise", madvise((void *)0x6f0006010000ul, 0x3000ul, 21), "0");
	/* #55263 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x80\x01\x00\x00\x00\x00\x00"
	    "\x00\x50\x00\x00\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #55264 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x03", 21,
	    "", 0, 0, -1, -1);
	/* #55265 [t1] open ioasid: 302 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t1 open ioasid", r, "302");
	to_fd(r, 302);
	/* #55266 [t1] read fault fd: -1 EBADF */
	say("t1 read fault fd", read(324, buf, 160), "-1 EBADF");
	/* #55267 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x03\x00\x00\x00\x06\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x09\x00\x00\x00\x01\x00\x00\x00\x98\xa0\x40\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(323, buf, 24), "-1 EBADF");
	/* #55268 [t1] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EINVAL", 1, 300, 0x3b89ul,
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #55269 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\xff\xff\xff\x7f\x00\x10\x00\x00\x00\x00\x00\x00\x00\xa0\x16\x05\x00\x00\x00\x00"
	    "\x00\x00\x00\x80", 36,
	    "", 0, 0, -1, -1);
	/* #55270 [t1] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x5d\x17\x00\x00\x13\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xff\xff\x0f\x00\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55271 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT (fault injected) */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x03", 9,
	    "", 0, 4, -1, -1);
	/* #55272 [t2] VFIO_DEVICE_GET_PCI_HOT_RES: 0 */
	ioc("t2 VFIO_DEVICE_GET_PCI_HOT_RES", "0", 2, 310, 0x3b70ul,
	    "\x24", 1,
	    "", 0, 0, -1, -1);
	/* #55273 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x80", 70,
	    "", 0, 0, -1, -1);
	/* #55274 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55275 [t2] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 2, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x05\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x40", 41,
	    "", 0, 0, -1, -1);
	/* #55276 [t2] TEST_OP_MD_CHECK_REFS: 0 */
	ioc("t2 TEST_OP_MD_CHECK_REFS", "0", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x01\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #55277 [t2] IOMMU_IOAS_MAP: -1 ENOENT (fault injected) */
	ioc("t2 IOMMU_IOAS_MAP", "-1 ENOENT", 2, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x58\x35\x02\x04\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x58\x65\x2c", 35,
	    "", 0, 132, -1, -1);
	/* #55278 [t2] VFIO_DEVICE_GET_PCI_HOT_RES: 0 */
	ioc("t2 VFIO_DEVICE_GET_PCI_HOT_RES", "0", 2, 310, 0x3b70ul,
	    "\x2c", 1,
	    "", 0, 0, -1, -1);
	/* #55279 [t2] VFIO_DEVICE_FEATURE: 0 */
	ioc("t2 VFIO_DEVICE_FEATURE", "0", 2, 310, 0x3b75ul,
	    "\x10\x00\x00\x00\x05\x00\x04", 7,
	    "", 0, 0, -1, -1);
	/* #55280 [t2] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 2, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\x07", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55281 [t2] write fault fd: -1 EBADF */
	memcpy(buf, "\x0a\x00\x00\x00\x01\x00\x00\x00\x2e\x01\x00\x00\x00\x00\x00\x00\x89\x3b\x00\x00\x00\x00\x00\x00\x18\x00\x00\x00\x30\x00\x00\x00", 32);
	say("t2 write fault fd", write(320, buf, 8), "-1 EBADF");
	/* #55282 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x01\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\xdd\x04", 36,
	    "", 0, 0, -1, -1);
	/* #55283 [t2] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07", 29,
	    "", 0, 0, -1, -1);
	/* #55284 [t0] TEST_OP_MD_CHECK_REFS: -1 EINVAL (fault injected) */
	ioc("t0 TEST_OP_MD_CHECK_REFS", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x90\x02\x02\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 4, -1, -1);
	/* #55285 [t0] IOMMU_IOAS_COPY: 0 */
	ioc("t0 IOMMU_IOAS_COPY", "0", 0, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xb0\x34\x0e\x00\x00\x00\x00"
	    "\x00\xd0\xdd\x04", 36,
	    "", 0, 0, -1, -1);
	/* #55286 [t0] IOMMU_IOAS_ALLOW_IOVAS: 0 */
	ioc("t0 IOMMU_IOAS_ALLOW_IOVAS", "0", 0, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55287 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x02\x05\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x13", 35,
	    "", 0, 0, -1, -1);
	/* #55288 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 316, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55289 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x30\xf0\xa1\x27\x3e\x1c\x3d"
	    "\x00\x60", 34,
	    "", 0, 0, -1, -1);
	/* #55290 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\xd0\xdd\x04\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55291 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EBADF */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EBADF", 1, 311, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #55292 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55293 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\xb0\x34\x0e\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55294 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55295 [t1] IOMMU_DESTROY: -1 ENOENT (fault injected) */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x40", 5,
	    "", 0, 142, -1, -1);
	/* #55296 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #55297 [t1] open vfio cdev: 317 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "317");
	to_fd(r, 317);
	/* #55298 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21", 5,
	    "", 0, 0, -1, -1);
	/* #55299 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 301, 0x3b80ul,
	    "\xc5\x18\x00\x00\x00\x00\x00\x80", 8,
	    "", 0, 0, -1, -1);
	/* #55300 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 301, 0x3b89ul,
	    "\x30\x00\x00\x00\x05\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x01", 48,
	    "", 0, 0, -1, -1);
	/* #55301 [t1] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EINVAL", 1, 302, 0x3b89ul,
	    "\x14\x00\x00\x00\x0d\x00\x01\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 44,
	    "", 0, 0, -1, -1);
	/* #55302 [t1] poll fault fd: 1 */
	{
		struct pollfd p = { .fd = 324, .events = POLLIN };
		say("t1 poll fault fd", poll(&p, 1, 0), "1");
	}
	/* #55303 [t1] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #55304 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #55305 [t1] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #55306 [t1] IOMMU_DESTROY: -1 EBUSY */
	ioc("t1 IOMMU_DESTROY", "-1 EBUSY", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #55307 [t1] IOMMU_DESTROY: -1 EBUSY */
	ioc("t1 IOMMU_DESTROY", "-1 EBUSY", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #55308 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x70\x7f\x0c\x00\x00\x00\x00"
	    "\x00\x20\x02", 35,
	    "", 0, 0, -1, -1);
	/* #55309 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x02\x00\x6f\x00\x00\x00\x50\x02\x00\x00\x00\x00\x00"
	    "\x00\x50\xb4\x03", 36,
	    "", 0, 0, -1, -1);
	/* #55310 [t2] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_COPY", "-1 ENOENT", 2, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00\x00\x00\xca\x0a\x00\x00\x00\x00"
	    "\x00\x70\xbe\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #55311 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x70\x02\x00\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x1e\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #55312 [t1] IOMMU_IOAS_COPY: -1 E2BIG */
	ioc("t1 IOMMU_IOAS_COPY", "-1 E2BIG", 1, 300, 0x3b83ul,
	    "\x2b\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x80\x00\xb0\x00\x00\x00\x00\x00\x00\x00\x80\xd6\xf3\x23\x87\xb7\x7d"
	    "\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\xff", 43,
	    "", 0, 0, -1, -1);
	/* #55313 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\xc9\x6b\x57\xc6\x1f\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #55314 [t1] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55315 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EFAULT", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x20\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55316 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\xa4\x99\x4a\x00\x00\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t1 write fault fd", write(324, buf, 5), "-1 EBADF");
	/* #55317 [t1] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 1, 317, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x05", 9,
	    "", 0, 0, -1, -1);
	/* #55318 [t1] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x9d", 35,
	    "", 0, 0, -1, -1);
	/* #55319 [t1] read fault fd: -1 EBADF */
	say("t1 read fault fd", read(324, buf, 40), "-1 EBADF");
	/* #55320 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x79\x09\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01", 13, 0, -1, -1);
	/* #55321 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #55322 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\x00\x73\x09", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #55323 [t1] edu dma dst: 4 */
	memcpy(buf, "\xfa\x04\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #55324 [t1] edu dma count: 4 */
	memcpy(buf, "\xea\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #55325 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #55326 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55327 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x70\x3a\x07\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\xce", 35,
	    "", 0, 0, -1, -1);
	/* #55328 [t2] TEST_OP_CREATE_ACCESS: 0 (fault injected) */
	ioc("t2 TEST_OP_CREATE_ACCESS", "0", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 7, 16, 330);
	/* #55329 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #55330 [t2] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\x02\x00\x00\x00\x00\x00"
	    "\x00\x30\x64\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55331 [t2] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t2 TEST_OP_CREATE_ACCESS", "0", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 335);
	/* #55332 [t2] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t2 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x00\x00\x00\x00\x00\x00\x00\xb0\x00\x02\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #55333 [t2] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EINVAL", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x02\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02", 40,
	    "", 0, 0, -1, -1);
	/* #55334 [t2] close: -1 EBADF */
	say("t2 close", close(341), "-1 EBADF");
	/* #55335 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x50\x02", 19,
	    "", 0, 0, -1, -1);
	/* #55336 [t2] IOMMU_OPTION: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_OPTION", "-1 EOPNOTSUPP", 2, 301, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x40\x00\x07\x00\x00\x00\x13\x89\x28\x5d\xe6\xaa\xe0\x92", 24,
	    "", 0, 0, -1, -1);
	/* #55337 [t2] madvise: 0 */
	say("t2 madvise", madvise((void *)0x6f000103c000ul, 0x2000ul, 4), "0");
	/* #55338 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f000403f000ul, 0x1000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55339 [t2] TEST_OP_MD_CHECK_MAP: -1 EINVAL */
	ioc("t2 TEST_OP_MD_CHECK_MAP", "-1 EINVAL", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xdf\xfe\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x01\x01\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #55340 [t2] IOMMU_HWPT_ALLOC: -1 EFAULT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 EFAULT", 2, 302, 0x3b89ul,
	    "\x00\x00\x00\x80\x00\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #55341 [t2] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 2, 316, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #55342 [t2] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t2 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #55343 [t2] edu dma src: 4 */
	memcpy(buf, "\x90\x0c\x04\x00", 4);
	say("t2 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #55344 [t2] edu dma dst: 4 */
	memcpy(buf, "\x00\x20\x48\x01", 4);
	say("t2 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #55345 [t2] edu dma count: 4 */
	memcpy(buf, "\x2c\x00\x00\x00", 4);
	say("t2 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #55346 [t2] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t2 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #55347 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x50\x1e\x0e\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #55348 [t2] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EINVAL", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x01\x03\x00\x6f\x00\x00\x00\xf0\x01\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55349 [t2] open vfio cdev: 311 */
	r = open("/dev/vfio/devices/vfio1", O_RDWR | O_CLOEXEC);
	say("t2 open vfio cdev", r, "311");
	to_fd(r, 311);
	/* #55350 [t2] pread device region: 2 */
	say("t2 pread device region", pread(310, buf, 2, 0x700000000d9), "2");
	/* #55351 [t2] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 2, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\xd0\x01\x00\x00\x00\x00\x00"
	    "\x00\xd0\x52\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #55352 [t2] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t2 TEST_OP_ACCESS_RW", "-1 EBADFD", 2, 300, 0x3ba0ul,
	    "\x44\x00\x00\x00\x08\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\xf8\x04\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #55353 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x06", 17,
	    "", 0, 0, -1, -1);
	/* #55354 [t2] TEST_OP_PASID_DETACH: 0 */
	ioc("t2 TEST_OP_PASID_DETACH", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x05", 21,
	    "", 0, 0, -1, -1);
	/* #55355 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x02\x06\x00\x6f\x00\x00\x00\xb0\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x80", 36,
	    "", 0, 0, -1, -1);
	/* #55356 [t2] TEST_OP_ADD_RESERVED: -1 EOVERFLOW */
	ioc("t2 TEST_OP_ADD_RESERVED", "-1 EOVERFLOW", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff\x00\x30", 26,
	    "", 0, 0, -1, -1);
	/* #55357 [t2] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EINVAL", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x02\x05\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xd4", 35,
	    "", 0, 0, -1, -1);
	/* #55358 [t2] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 2, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #55359 [t2] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 EINVAL", 2, 302, 0x3b86ul,
	    "\x00\x00\x00\x00\x01\x00\x00\x00\x00\x60\xce\x00\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #55360 [t2] VFIO_DEVICE_RESET: -1 EBADF */
	ioc("t2 VFIO_DEVICE_RESET", "-1 EBADF", 2, 315, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #55361 [t2] TEST_OP_TRIGGER_IOPF: -1 E2BIG */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 E2BIG", 2, 301, 0x3ba0ul,
	    "\x56\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x04\x00\x00\x00\x20\x01\x00\x00\x0d\x00\x00\x10"
	    "\x00\xb0\xea\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 86,
	    "", 0, 0, -1, -1);
	/* #55362 [t2] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENOSPC */
	ioc("t2 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENOSPC", 2, 310, 0x3b70ul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #55363 [t2] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP unknown", "-1 EOPNOTSUPP", 2, 302, 0x3ba0ul,
	    "\x0f\x15\x00\x00\x10\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #55364 [t2] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EBADF", 2, 341, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x6f\x00\x00\x00\xf0\x02\x00\x00\x00\x00\x00"
	    "\x00\xb0\x26\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #55365 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #55366 [t2] IOASID_KVM_UNSET: 0 */
	ioc("t2 IOASID_KVM_UNSET", "0", 2, 300, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55367 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55368 [t2] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0001011000ul, 0x11000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t2 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55369 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 301, 0x3b85ul,
	    "\xe5\x18\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x44\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #55370 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x06\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55371 [t1] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07", 29,
	    "", 0, 0, -1, -1);
	/* #55372 [t1] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #55373 [t1] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x0a", 21,
	    "", 0, 0, -1, -1);
	/* #55374 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 301, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "\x00\xd0\x37\x00\x00\x00\x00\x00\x00\xd0\x37", 11, 0, -1, -1);
	/* #55375 [t1] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\x00\x00\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #55376 [t1] TEST_OP_SET_TEMP_MEMORY_LIM: 0 */
	ioc("t1 TEST_OP_SET_TEMP_MEMORY_LIM", "0", 1, 301, 0x3ba0ul,
	    "\x5c\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x1c", 17,
	    "", 0, 0, -1, -1);
	/* #55377 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #55378 [t1] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 1, 310, 0x3b76ul,
	    "\x1d\x00\x00\x00\x00\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 29,
	    "", 0, 0, -1, -1);
	/* #55379 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55380 [t2] close: -1 EBADF */
	say("t2 close", close(332), "-1 EBADF");
	/* #55381 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55382 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x01\x00\x6f\x00\x00\x00\x20\x03\x00\x00\x00\x00\x00"
	    "\x00\x40\xf1\x02", 36,
	    "", 0, 0, -1, -1);
	/* #55383 [t2] TEST_OP_MOCK_DOMAIN: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 EOPNOTSUPP", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x35\x55\xb8\x62", 32,
	    "", 0, 0, -1, -1);
	/* #55384 [t2] IOASID_KVM_SET: -1 EBADF */
	ioc("t2 IOASID_KVM_SET", "-1 EBADF", 2, 302, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x54\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55385 [t2] IOMMU_IOAS_COPY: 0 */
	ioc("t2 IOMMU_IOAS_COPY", "0", 2, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x03\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x70\x2a\x05\x00\x00\x00\x00"
	    "\x00\xb0\xce", 35,
	    "", 0, 0, -1, -1);
	/* #55386 [t2] open vfio cdev: 312 */
	r = open("/dev/vfio/devices/vfio3", O_RDWR | O_CLOEXEC);
	say("t2 open vfio cdev", r, "312");
	to_fd(r, 312);
	/* #55387 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55388 [t2] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t2 TEST_OP_PASID_ATTACH", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #55389 [t2] ioasid unknown nr: -1 ENOTTY */
	ioc("t2 ioasid unknown nr", "-1 ENOTTY", 2, 301, 0x3b8cul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x03", 9,
	    "", 0, 0, -1, -1);
	/* #55390 [t2] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 2, 302, 0x3ba0ul,
	    "\x00\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x04\x00\x00\x00\x20\x01\x00\x00\x0c\x00\x00\x00"
	    "\xda\x71\xbd\xca\x98\x5a\x08\xc9", 40,
	    "", 0, 0, -1, -1);
	/* #55391 [t2] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EFAULT", 2, 300, 0x3b85ul,
	    "\x00\x00\x00\x80\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x80\x2f\x07\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\xd2\x07", 36,
	    "", 0, 0, -1, -1);
	/* #55392 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55393 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x00\x04\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x90\xfe\x04", 36,
	    "", 0, 0, -1, -1);
	/* #55394 [t2] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EFAULT", 2, 302, 0x3b85ul,
	    "\xbd\x15\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x02\x00\x00\x6e\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x0b\x09", 36,
	    "", 0, 0, -1, -1);
	/* #55395 [t2] IOMMU_GET_HW_INFO: -1 E2BIG */
	ioc("t2 IOMMU_GET_HW_INFO", "-1 E2BIG", 2, 302, 0x3b8aul,
	    "\x5f\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\x7f\x1b\x00\x00\x00\x00\x10\x02\x00\x00\x6e\x00\x00\xef\xbe\xed\xfe\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 95,
	    "", 0, 0, -1, -1);
	/* #55396 [t2] IOMMU_HWPT_INVALIDATE: -1 E2BIG */
	ioc("t2 IOMMU_HWPT_INVALIDATE", "-1 E2BIG", 2, 301, 0x3b8dul,
	    "\x6b\x19\x00\x00\x03\x00\x00\x00\x00\x10\x02\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x72\x03\x00\x00\x04", 25,
	    "\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x04", 29, 0, -1, -1);
	/* #55397 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #55398 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55399 [t2] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t2 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 2, 310, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55400 [t1] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 29,
	    "", 0, 0, -1, -1);
	/* #55401 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x50\x00\x04\x00\x6f\x00\x00\x00\x50\x03\x00\x00\x00\x00\x00"
	    "\x00\x20\x49\x03", 36,
	    "", 0, 0, -1, -1);
	/* #55402 [t1] TEST_OP_ACCESS_PAGES: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\x00\x00"
	    "\x00\x50", 34,
	    "", 0, 0, -1, -1);
	/* #55403 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 1, 310, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55404 [t2] IOMMU_DESTROY: -1 ENOENT */
	ioc("t2 IOMMU_DESTROY", "-1 ENOENT", 2, 300, 0x3b80ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55405 [t2] TEST_OP_CREATE_ACCESS: -1 ENOENT */
	ioc("t2 TEST_OP_CREATE_ACCESS", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 333);
	/* #55406 [t2] madvise: 0 */
	say("t2 madvise", madvise((void *)0x6f0001014000ul, 0x1000ul, 21), "0");
	/* #55407 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 ENOENT */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 ENOENT", 2, 310, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f", 12,
	    "", 0, 0, -1, -1);
	/* #55408 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55409 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55410 [t2] TEST_OP_MOCK_DOMAIN: 0 */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "0", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #55411 [t1] VFIO_DEVICE_SET_IRQS: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_SET_IRQS", "-1 EINVAL", 1, 310, 0x3b6eul,
	    "\x14\x00\x00\x00\x21", 5,
	    "", 0, 0, -1, -1);
	/* #55412 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 301, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #55413 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 1, 310, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55414 [t1] IOMMU_IOAS_MAP: -1 EOVERFLOW */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EOVERFLOW", 1, 301, 0x3b85ul,
	    "\x30\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x34\x07\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\xff\xff\xff\xff", 40,
	    "", 0, 0, -1, -1);
	/* #55415 [t1] IOMMU_IOAS_COPY: -1 ENOENT (fault injected) */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x90\x6e\x04\x00\x00\x00\x00"
	    "\x00\x20\x28", 35,
	    "", 0, 4, -1, -1);
	/* #55416 [t1] IOMMU_IOAS_IOVA_RANGES: -1 EMSGSIZE */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "-1 EMSGSIZE", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55417 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x10\x03\x05\x00\x6f\x00\x00\x00\x90\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x1c\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #55418 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x06\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55419 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0000020000ul, 0x3000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x1, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55420 [t0] IOMMU_IOAS_ALLOC: -1 EFAULT (fault injected) */
	ioc("t0 IOMMU_IOAS_ALLOC", "-1 EFAULT", 0, 301, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 1, -1, -1);
	/* #55421 [t0] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t0 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x06", 17,
	    "", 0, 0, -1, -1);
	/* #55422 [t0] close: 0 */
	say("t0 close", close(301), "0");
	/* #55423 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x03", 17,
	    "", 0, 0, -1, -1);
	/* #55424 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55425 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x30", 18,
	    "", 0, 0, -1, -1);
	/* #55426 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #55427 [t1] open vfio cdev: 315 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t1 open vfio cdev", r, "315");
	to_fd(r, 315);
	/* #55428 [t1] madvise: 0 */
	say("t1 madvise", madvise((void *)0x6f0005034000ul, 0x2000ul, 18), "0");
	/* #55429 [t1] close: -1 EBADF */
	say("t1 close", close(314), "-1 EBADF");
	/* #55430 [t1] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 1, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x2c\x01\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55431 [t0] TEST_OP_PASID_DETACH: -1 EINVAL */
	ioc("t0 TEST_OP_PASID_DETACH", "-1 EINVAL", 0, 300, 0x3ba0ul,
	    "\x40\x00\x00\x00\x14\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x05", 21,
	    "", 0, 0, -1, -1);
	/* #55432 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 29,
	    "", 0, 0, -1, -1);
	/* #55433 [t1] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EINVAL", 1, 302, 0x3b85ul,
	    "\x25\x00\x00\x00\x11\xd2\x47\x10\x03\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x3f\x07\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xe6\x0b", 36,
	    "", 0, 0, -1, -1);
	/* #55434 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x23", 5,
	    "", 0, 0, -1, -1);
	/* #55435 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55436 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x60\xce\x00\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 0, -1, -1);
	/* #55437 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x40", 18,
	    "", 0, 0, -1, -1);
	/* #55438 [t1] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 1, 316, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55439 [t1] TEST_OP_PASID_CHECK_HWPT: -1 EINVAL */
	ioc("t1 TEST_OP_PASID_CHECK_HWPT", "-1 EINVAL", 1, 302, 0x3ba0ul,
	    "\x00\x00\x00\x00\x15\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55440 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\x70\x2a\x05\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55441 [t1] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EBADF", 1, 331, 0x3b86ul,
	    "\x18\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55442 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x4b\x00\x00\x00\x0d\x00\x00\x00"
	    "\x00\x10\x06", 35,
	    "", 0, 0, -1, -1);
	/* #55443 [t1] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x3d\x01\x00\x00\x0b\x00\x00\x00"
	    "\x00\x10\x20\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55444 [t1] close: -1 EBADF */
	say("t1 close", close(334), "-1 EBADF");
	/* #55445 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x0a\x00\x00\x00\x00\x00\x00\x00\xb0\xff\xff\xff\xff\xff\xff\xff\x0a\x00\x00\x00\x00\x00\x00\x00\x80\x44\x06\xf9\xfd\x7f\x00\x00", 32);
	say("t1 write fault fd", write(325, buf, 8), "-1 EBADF");
	/* #55446 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #55447 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #55448 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\x40\xe2\x0b", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #55449 [t1] edu dma dst: 4 */
	memcpy(buf, "\x93\x02\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #55450 [t1] edu dma count: 4 */
	memcpy(buf, "\x3c\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #55451 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #55452 [t1] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 1, 315, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\xbc\x01\x00\x00\x05\x08\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02", 40,
	    "", 0, 0, -1, -1);
	/* #55453 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x03\x05\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55454 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP (fault injected) */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x0a", 13,
	    "", 0, 51, -1, -1);
	/* #55455 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x90\x02\x01\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\xf3\x36\x83\xc5\x0a\x9c\x4d\xbf", 40,
	    "", 0, 0, -1, -1);
	/* #55456 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x0b", 13,
	    "", 0, 0, -1, -1);
	/* #55457 [t1] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EINVAL", 1, 310, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x07", 9,
	    "", 0, 0, -1, -1);
	/* #55458 [t1] close: 0 */
	say("t1 close", close(302), "0");
	/* #55459 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x20\x0b\x07\x00\x6f\x00\x00\x00\x80\x2e\x00\x00\x00\x00\x00"
	    "\x00\x50\x80\x07", 36,
	    "", 0, 0, -1, -1);
	/* #55460 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x50\x02\x00\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\xd0\x03", 36,
	    "", 0, 0, -1, -1);
	/* #55461 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x0b\x00\x00\x00\xf3\x36\x83\xc5\x0a\x9c\x4d\xbf\x00\x40", 18,
	    "", 0, 0, -1, -1);
	/* #55462 [t1] IOMMU_DESTROY: 0 */
	ioc("t1 IOMMU_DESTROY", "0", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #55463 [t1] TEST_OP_ACCESS_PAGES: -1 EBADF */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 EBADF", 1, 340, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\x08", 35,
	    "", 0, 0, -1, -1);
	/* #55464 [t1] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 1, 312, 0x3b6bul,
	    "\x18\x20", 2,
	    "", 0, 0, -1, -1);
	/* #55465 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x50\x36\x07\x00\x6f\x00\x00\x00\xa0\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x2a\x02", 36,
	    "", 0, 0, -1, -1);
	/* #55466 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x03\x07\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x76\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55467 [t1] write fault fd: -1 EBADF */
	memcpy(buf, "\x03\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x85\x3b\x00\x00\x00\x00\x00\x00\x28\x00\x00\x00\x28\x00\x00\x00", 32);
	say("t1 write fault fd", write(323, buf, 16), "-1 EBADF");
	/* #55468 [t1] fork: 0 */
	fork_touch(0x6f000502f000ul, 0x1000ul, 0);
	/* #55469 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBADF */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBADF", 2, 312, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55470 [t2] TEST_OP_ADD_RESERVED: -1 E2BIG */
	ioc("t2 TEST_OP_ADD_RESERVED", "-1 E2BIG", 2, 300, 0x3ba0ul,
	    "\x87\x00\x00\x00\x01\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\xa0\xf8\xff\xff\xff\xff\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\xff", 135,
	    "", 0, 0, -1, -1);
	/* #55471 [t2] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 2, 312, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x01", 9,
	    "", 0, 0, -1, -1);
	/* #55472 [t2] TEST_OP_DIRTY: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_DIRTY", "-1 EOPNOTSUPP", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0d\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x3d\x04\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 54,
	    "", 0, 0, -1, -1);
	/* #55473 [t2] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EFAULT", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\x01\x00\x00\x00\x00\x00"
	    "\x00\x60\x6d\x04", 36,
	    "", 0, 0, -1, -1);
	/* #55474 [t0] IOMMU_IOAS_UNMAP: 0 */
	ioc("t0 IOMMU_IOAS_UNMAP", "0", 0, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55475 [t0] munmap: 0 */
	say("t0 munmap", munmap((void *)0x6f0004026000ul, 0x4000ul), "0");
	/* #55476 [t0] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP (fault injected) */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x0a\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x04", 41,
	    "", 0, 6, -1, -1);
	/* #55477 [t0] TEST_OP_ADD_RESERVED: 0 */
	ioc("t0 TEST_OP_ADD_RESERVED", "0", 0, 300, 0x3ba0ul,
	    "\x44\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x80\xfc\x00\x00\x00\x00\x00\x00\x40", 26,
	    "", 0, 0, -1, -1);
	/* #55478 [t0] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t0 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 0, 310, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55479 [t0] VFIO_DEVICE_GET_PCI_HOT_RES: -1 ENOSPC */
	ioc("t0 VFIO_DEVICE_GET_PCI_HOT_RES", "-1 ENOSPC", 0, 310, 0x3b70ul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #55480 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x0c", 5,
	    "", 0, 0, -1, -1);
	/* #55481 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT (fault injected) */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 20,
	    "", 0, 10, -1, -1);
	/* #55482 [t0] poll fault fd: 1 */
	{
		struct pollfd p = { .fd = 325, .events = POLLIN };
		say("t0 poll fault fd", poll(&p, 1, 0), "1");
	}
	/* #55483 [t0] IOMMU_GET_HW_INFO: -1 E2BIG */
	ioc("t0 IOMMU_GET_HW_INFO", "-1 E2BIG", 0, 300, 0x3b8aul,
	    "\x50\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x37\x00\x00\x00\x00\x10\x00\x00\x00\x6e\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 80,
	    "", 0, 0, -1, -1);
	/* #55484 [t0] VFIO_DEVICE_GET_IRQ_INFO: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_GET_IRQ_INFO", "-1 EINVAL", 0, 312, 0x3b6dul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x05", 9,
	    "", 0, 0, -1, -1);
	/* #55485 [t0] mprotect: 0 */
	say("t0 mprotect", mprotect((void *)0x6f0000015000ul, 0x2000ul, 1), "0");
	/* #55486 [t2] TEST_OP_MD_CHECK_REFS: -1 EIO (fault injected) */
	ioc("t2 TEST_OP_MD_CHECK_REFS", "-1 EIO", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x00\x80\x0f\x07\x00\x6f\x00\x00"
	    "\x02", 33,
	    "", 0, 27, -1, -1);
	/* #55487 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x05\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\xd0\x37\x39\x76\x55\x92\x81", 40,
	    "", 0, 0, -1, -1);
	/* #55488 [t2] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t2 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #55489 [t2] open vfio cdev: 313 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t2 open vfio cdev", r, "313");
	to_fd(r, 313);
	/* #55490 [t2] write fault fd: -1 EBADF */
	memcpy(buf, "\x0f\x00\x00\x00\x01\x00\x00\x00\x02\x9a\x40\x00\x00\x00\x00\x00\x70\x4b\x06\xf9\xfd\x7f\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00", 32);
	say("t2 write fault fd", write(325, buf, 8), "-1 EBADF");
	/* #55491 [t2] VFIO_DEVICE_GET_REGION_INFO: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_GET_REGION_INFO", "-1 EINVAL", 2, 312, 0x3b6cul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x0a", 9,
	    "", 0, 0, -1, -1);
	/* #55492 [t2] IOMMU_HWPT_INVALIDATE: -1 E2BIG */
	ioc("t2 IOMMU_HWPT_INVALIDATE", "-1 E2BIG", 2, 300, 0x3b8dul,
	    "\x4d\x00\x00\x00\xff\xff\xff\xff\x00\x10\x02\x00\x00\x6e\x00\x00\xef\xbe\xad\x0d\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 77,
	    "", 0, 0, -1, -1);
	/* #55493 [t2] IOMMU_IOAS_ALLOW_IOVAS: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_ALLOW_IOVAS", "-1 ENOENT", 2, 300, 0x3b82ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "\x00\x00\x00\x00\x00\x00\x00\x80\xff\x6f\x03\x00\x00\x00\x00\x80\x00\xc0\xa6\x06\x00\x00\x00\x00\xff\x3f\xa7\x06\x00\x00\x00\x00"
	    "\x00\x50\x93\x0d\x00\x00\x00\x00\xff\xaf\x93\x0d", 44, 0, -1, -1);
	/* #55494 [t2] pread device region: -1 EINVAL */
	say("t2 pread device region", pread(315, buf, 2, 0xdc), "-1 EINVAL");
	/* #55495 [t2] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0005009000ul, 0x1000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x1, -1, 0);
	say("t2 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55496 [t0] VFIO_DEVICE_BIND_IOMMUFD: 0 */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "0", 0, 311, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55497 [t2] close: 0 */
	say("t2 close", close(317), "0");
	/* #55498 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55499 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x00\x04\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #55500 [t2] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_COPY", "-1 EINVAL", 2, 300, 0x3b83ul,
	    "\x24\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x50\xcd\x05\x00\x00\x00\x00"
	    "\x00\xc0\x2e", 35,
	    "", 0, 0, -1, -1);
	/* #55501 [t2] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t2 TEST_OP_CREATE_ACCESS", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 331);
	/* #55502 [t2] IOMMU_IOAS_COPY: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_COPY", "-1 EINVAL", 2, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x80\x5f\x00\x00\x00\x00\x00"
	    "\x00\x30\x00\x00\x00\x00\x00\x80", 40,
	    "", 0, 0, -1, -1);
	/* #55503 [t2] TEST_OP_PASID_DETACH: 0 */
	ioc("t2 TEST_OP_PASID_DETACH", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x18", 21,
	    "", 0, 0, -1, -1);
	/* #55504 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x20\x3b\x08\x00\x00\x00\x00\x00\xe0\x01", 19,
	    "", 0, 0, -1, -1);
	/* #55505 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55506 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #55507 [t2] TEST_OP_DESTROY_ACCESS_PAGE: -1 E2BIG */
	ioc("t2 TEST_OP_DESTROY_ACCESS_PAGE", "-1 E2BIG", 2, 300, 0x3ba0ul,
	    "\x78\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 120,
	    "", 0, 0, -1, -1);
	/* #55508 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55509 [t2] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t2 TEST_OP_PASID_DETACH", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x1d\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10", 21,
	    "", 0, 0, -1, -1);
	/* #55510 [t2] TEST_OP_ACCESS_REPLACE_IOAS: -1 EBADFD */
	ioc("t2 TEST_OP_ACCESS_REPLACE_IOAS", "-1 EBADFD", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00\x0b", 17,
	    "", 0, 0, -1, -1);
	/* #55511 [t2] open ioasid: 302 */
	r = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
	say("t2 open ioasid", r, "302");
	to_fd(r, 302);
	/* #55512 [t2] IOASID_KVM_UNSET: 0 */
	ioc("t2 IOASID_KVM_UNSET", "0", 2, 302, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55513 [t2] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x01\x00\x00\x00\x02\x05\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x20\xb9\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #55514 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EOPNOTSUPP", 2, 316, 0x3b77ul,
	    "\x10\x00\x00\x00\x01\x00\x00\x00\x0c", 9,
	    "", 0, 0, -1, -1);
	/* #55515 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBUSY */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBUSY", 2, 313, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55516 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x07", 13,
	    "", 0, 0, -1, -1);
	/* #55517 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x1c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55518 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EADDRINUSE */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EADDRINUSE", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x06", 17,
	    "", 0, 0, -1, -1);
	/* #55519 [t2] KVM_CREATE_VM: 341 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t2 KVM_CREATE_VM", r, "341");
	to_fd(r, 341);
	/* #55520 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x02\x00\x6f\x00\x00\x00\x80\x03\x00\x00\x00\x00\x00"
	    "\x00\x10\x91\x09", 36,
	    "", 0, 0, -1, -1);
	/* #55521 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\xff\xff\xff\x7f\x00\x70\x8f\x05\x00\x00\x00\x00\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #55522 [t1] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EBADF */
	ioc("t1 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EBADF", 1, 317, 0x3b77ul,
	    "\x2f\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 47,
	    "", 0, 0, -1, -1);
	/* #55523 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\xe8\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x7c\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55524 [t1] VFIO_DEVICE_GET_REGION_INFO: -1 EBADF */
	ioc("t1 VFIO_DEVICE_GET_REGION_INFO", "-1 EBADF", 1, 317, 0x3b6cul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #55525 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 1, 316, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55526 [t1] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t1 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #55527 [t2] IOMMU_DESTROY: -1 EBUSY */
	ioc("t2 IOMMU_DESTROY", "-1 EBUSY", 2, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x0a", 5,
	    "", 0, 0, -1, -1);
	/* #55528 [t2] open ioasid: 301 */
	r = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	say("t2 open ioasid", r, "301");
	to_fd(r, 301);
	/* #55529 [t2] IOMMU_OPTION: 0 */
	ioc("t2 IOMMU_OPTION", "0", 2, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x06", 13,
	    "", 0, 0, -1, -1);
	/* #55530 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55531 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x50\x03\x05\x00\x6f\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\xc5\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55532 [t2] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t2 edu config command", pwrite(316, buf, 2, 0x70000000004), "2");
	/* #55533 [t2] edu dma src: 4 */
	memcpy(buf, "\x20\x07\x04\x00", 4);
	say("t2 edu dma src", pwrite(316, buf, 4, 0x80), "4");
	/* #55534 [t2] edu dma dst: 4 */
	memcpy(buf, "\xf7\x6b\x92\x09", 4);
	say("t2 edu dma dst", pwrite(316, buf, 4, 0x88), "4");
	/* #55535 [t2] edu dma count: 4 */
	memcpy(buf, "\xc0\x00\x00\x00", 4);
	say("t2 edu dma count", pwrite(316, buf, 4, 0x90), "4");
	/* #55536 [t2] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t2 edu dma start", pwrite(316, buf, 4, 0x98), "4");
	/* #55537 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EOPNOTSUPP", 2, 316, 0x3b77ul,
	    "\x10\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x02", 13,
	    "", 0, 0, -1, -1);
	/* #55538 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x11\x07\x00\x6f\x00\x00\x00\xc0\x03\x00\x00\x00\x00\x00"
	    "\x00\x90\x61\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55539 [t2] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 ENOENT", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\xff\xff\xff\x7f\x00\x00\x00\x00\x00\xe0\x01\x06\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\x0d\x05", 36,
	    "", 0, 0, -1, -1);
	/* #55540 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x05\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\xd1\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55541 [t2] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t2 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x60\xd1\x05\x00\x00\x00\x00"
	    "\x00\x90\x01", 35,
	    "", 0, 0, -1, -1);
	/* #55542 [t2] TEST_OP_PAGE_RESPONSES: 0 */
	ioc("t2 TEST_OP_PAGE_RESPONSES", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x80", 70,
	    "", 0, 0, -1, -1);
	/* #55543 [t2] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t2 IOMMU_FAULT_QUEUE_ALLOC", "0", 2, 301, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 320);
	/* #55544 [t2] TEST_OP_CREATE_ACCESS: -1 ENOMEM (fault injected) */
	ioc("t2 TEST_OP_CREATE_ACCESS", "-1 ENOMEM", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x07", 9,
	    "", 0, 4, 16, 334);
	/* #55545 [t2] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_COPY", "-1 ENOENT", 2, 301, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00\x1a\x00\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00\x00\xc0\x3f\x0b\x00\x00\x00\x00"
	    "\x00\x60\x2e", 35,
	    "", 0, 0, -1, -1);
	/* #55546 [t2] IOMMU_DESTROY: -1 ENOENT */
	ioc("t2 IOMMU_DESTROY", "-1 ENOENT", 2, 301, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #55547 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 302, 0x3b89ul,
	    "\x68\x00\x00\x00\x04\x00\x00\x00\x08\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\x40", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55548 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EFAULT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EFAULT", 2, 302, 0x3ba0ul,
	    "\x09\x20\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55549 [t2] munmap: 0 */
	say("t2 munmap", munmap((void *)0x6f0006038000ul, 0x3000ul), "0");
	/* #55550 [t2] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 ENOENT", 2, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55551 [t2] write fault fd: -1 EBADF */
	memcpy(buf, "\x0f\x00\x00\x00\x01\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x85\x3b\x00\x00\x00\x00\x00\x00\x28\x00\x00\x00\x28\x00\x00\x00", 32);
	say("t2 write fault fd", write(324, buf, 16), "-1 EBADF");
	/* #55552 [t2] read fault fd: -1 EBADF */
	say("t2 read fault fd", read(325, buf, 120), "-1 EBADF");
	/* #55553 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\xff\xff\xff\xff\x00\x90\x74\x0d\x00\x00\x00\x00\x01\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55554 [t2] read fault fd: -1 EBADF */
	say("t2 read fault fd", read(323, buf, 80), "-1 EBADF");
	/* #55555 [t2] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 2, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\x02\x00\x00\x00\x0b", 13,
	    "", 0, 0, -1, -1);
	/* #55556 [t2] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EINVAL", 2, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x70\x3a\x07\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x02\x09", 36,
	    "", 0, 0, -1, -1);
	/* #55557 [t2] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 29,
	    "", 0, 0, -1, -1);
	/* #55558 [t2] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 ENOENT", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x15\x00\x00\x00\x00\x00\x00\x00\x00\x80\x02\x02\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x89\x02", 36,
	    "", 0, 0, -1, -1);
	/* #55559 [t2] TEST_OP_MD_CHECK_REFS: 0 */
	ioc("t2 TEST_OP_MD_CHECK_REFS", "0", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x60\x3d\x07\x00\x6f", 30,
	    "", 0, 0, -1, -1);
	/* #55560 [t2] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\xd8\x01\x00\x00\x08\x00\x00\x00"
	    "\x00\xf0\xda\x02", 36,
	    "", 0, 0, -1, -1);
	/* #55561 [t2] VFIO_DEVICE_PCI_HOT_RESET: 0 */
	ioc("t2 VFIO_DEVICE_PCI_HOT_RESET", "0", 2, 310, 0x3b71ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55562 [t1] IOMMU_IOAS_ALLOC: 0 (fault injected) */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 5, -1, -1);
	/* #55563 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x01\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x80\xe5\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #55564 [t1] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\xb9\x01\x00\x00\x08\x00\x00\x00"
	    "\x00\xa0\xe9\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #55565 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\xf0\xff\xff\xff\xff\xff\xff"
	    "\x00\x60\xc0", 35,
	    "", 0, 0, -1, -1);
	/* #55566 [t1] close: 0 */
	say("t1 close", close(340), "0");
	/* #55567 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #55568 [t2] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 2, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\xa7\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff\xff\x7f", 37,
	    "", 0, 0, -1, -1);
	/* #55569 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 302, 0x3b84ul,
	    "\x61\x1b\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55570 [t2] IOMMU_HWPT_INVALIDATE: -1 ENOENT (fault injected) */
	ioc("t2 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 2, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\xff\xff\xff\xff\x00\x10\x02\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00\x01", 13, 11, -1, -1);
	/* #55571 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EINVAL */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EINVAL", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #55572 [t2] IOMMU_IOAS_ALLOW_IOVAS: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_ALLOW_IOVAS", "-1 EINVAL", 2, 302, 0x3b82ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x31\x01\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "\x00\x70\xc5\x00\x00\x00\x00\x00\xff\x7f\xc5\x00\x00\x00\x00\x00\x00\xf0\xe8\x0c\x00\x00\x00\x00\xff\x1f\xea\x0c\x00\x00\x00\x00"
	    "\x00\xa0\x17\x09\x00\x00\x00\x00\xff\xff\x17\x09\x00\x00\x00\x00\x00\xa0\xf7\x0b\x00\x00\x00\x00\xff\xcf\xf7\x0b\x00\x00\x00\x00"
	    "\x00\x40\x4f\x04\x00\x00\x00\x00\xff\x7f\x4f\x04", 76, 0, -1, -1);
	/* #55573 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x02\x00\x6f\x00\x00\x00\x60\x02\x00\x00\x00\x00\x00"
	    "\x00\xb0\xa4", 35,
	    "", 0, 0, -1, -1);
	/* #55574 [t2] close: 0 */
	say("t2 close", close(301), "0");
	/* #55575 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55576 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x08\x00\x00\x00\xff\xff\xff\xff\x0c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e", 38,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55577 [t2] read fault fd: 0 */
	say("t2 read fault fd", read(320, buf, 80), "0");
	/* #55578 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55579 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55580 [t2] TEST_OP_ACCESS_RW: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_ACCESS_RW", "-1 EOPNOTSUPP", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x1f\x26\x00\x00\x00\x00\x00\x00\x38\x03\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\xf0\x99\x16\xa0", 44,
	    "", 0, 0, -1, -1);
	/* #55581 [t2] IOMMU_IOAS_MAP: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EOPNOTSUPP", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x0f\x72\x0e\x60\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x88\xff\xff\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x75\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55582 [t2] TEST_OP_PASID_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_PASID_REPLACE", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01", 21,
	    "", 0, 0, -1, -1);
	/* #55583 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 2, 310, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x08\x00\x00\x2d\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55584 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: 0 */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "0", 2, 310, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x09", 9,
	    "", 0, 0, -1, -1);
	/* #55585 [t2] madvise: 0 */
	say("t2 madvise", madvise((void *)0x6f00073e4000ul, 0x1000ul, 4), "0");
	/* #55586 [t2] TEST_OP_ACCESS_RW: -1 EFAULT */
	ioc("t2 TEST_OP_ACCESS_RW", "-1 EFAULT", 2, 300, 0x3ba0ul,
	    "\x0c\x20\x00\x00\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x50\x4c\x2a\x02\x00\x00\x00\x00\x68\x0b\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e", 38,
	    "", 0, 0, -1, -1);
	/* #55587 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EBADF (fault injected) */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EBADF", 2, 314, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x03", 9,
	    "", 0, 7, -1, -1);
	/* #55588 [t2] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 EINVAL", 2, 316, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x06", 9,
	    "", 0, 0, -1, -1);
	/* #55589 [t2] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_MAP", "-1 ENOENT", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x50\x03\x02\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02", 40,
	    "", 0, 0, -1, -1);
	/* #55590 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x80\x03\x05\x00\x6f\x00\x00\x00\x70\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x80\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55591 [t2] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x30\x00\x00\x00\x0c\x00\x00\x00"
	    "\x00\x60\xb2\x07", 36,
	    "", 0, 0, -1, -1);
	/* #55592 [t2] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t2 IOMMU_IOAS_IOVA_RANGES", "0", 2, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55593 [t2] mprotect: 0 */
	say("t2 mprotect", mprotect((void *)0x6f0005026000ul, 0x3000ul, 3), "0");
	/* #55594 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x02\x04\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55595 [t2] TEST_OP_TRIGGER_IOPF: -1 ENOENT */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00\x00\xae\x01\x00\x00\x0d\x00\x20\x00"
	    "\x00\x30\xb6\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #55596 [t2] IOMMU_IOAS_UNMAP: 0 (fault injected) */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x0b\x00\x00\x00\x00\xc0\x80\x01\x00\x00\x00\x00\x00\x70", 18,
	    "", 0, 10, -1, -1);
	/* #55597 [t2] close: -1 EBADF */
	say("t2 close", close(301), "-1 EBADF");
	/* #55598 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55599 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x10\xe0\xfe\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55600 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55601 [t2] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t2 TEST_OP_ACCESS_RW", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4f\x01\x00\x00\x00\x00\x00\x00\x43\x1f\x91\x09\x00\x00\x00\x00\x0f\x05\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #55602 [t2] pread device region: -1 EINVAL */
	say("t2 pread device region", pread(311, buf, 1, 0x70000000094), "-1 EINVAL");
	/* #55603 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x60\x02\x03\x00\x6f\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\x29\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #55604 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55605 [t2] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x09", 9,
	    "", 0, 0, -1, -1);
	/* #55606 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x05", 9,
	    "", 0, 0, 16, 332);
	/* #55607 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x00\x05\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xa0\x4c", 35,
	    "", 0, 0, -1, -1);
	/* #55608 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x03\x00\x6f\x00\x00\x00\xa0\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\x89", 35,
	    "", 0, 0, -1, -1);
	/* #55609 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x40\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\xba\x02\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x01", 13, 0, -1, -1);
	/* #55610 [t1] VFIO_DEVICE_GET_INFO: 0 */
	ioc("t1 VFIO_DEVICE_GET_INFO", "0", 1, 310, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #55611 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x09\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02", 25,
	    "\x01\x00\x00\x00\x01\x00\x00\x00\x01", 9, 0, -1, -1);
	/* #55612 [t1] TEST_OP_MD_CHECK_REFS: -1 EINVAL */
	ioc("t1 TEST_OP_MD_CHECK_REFS", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\x40\x03\x01\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #55613 [t1] IOMMU_IOAS_UNMAP: 0 (fault injected) */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 12, -1, -1);
	/* #55614 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xe0\x00\x04\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\x4a\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #55615 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x0e\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55616 [t1] VFIO_DEVICE_GET_INFO: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_GET_INFO", "-1 EINVAL", 1, 315, 0x3b6bul,
	    "\x14", 1,
	    "", 0, 0, -1, -1);
	/* #55617 [t1] TEST_OP_CREATE_ACCESS: 0 */
	ioc("t1 TEST_OP_CREATE_ACCESS", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 333);
	/* #55618 [t2] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x00\x00\x00\x00\x00\x00\x00\x60\x02\x03\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #55619 [t2] TEST_OP_CREATE_ACCESS: -1 EFAULT (fault injected) */
	ioc("t2 TEST_OP_CREATE_ACCESS", "-1 EFAULT", 2, 302, 0x3ba0ul,
	    "\xff\xff\xff\xff\x05\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 7, 16, 334);
	/* #55620 [t2] TEST_OP_PASID_ATTACH: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_PASID_ATTACH", "-1 EOPNOTSUPP", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x02\x03\x00\x00\x00\x02", 21,
	    "", 0, 0, -1, -1);
	/* #55621 [t2] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t2 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #55622 [t2] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_RESET", "-1 EINVAL", 2, 316, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #55623 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x09", 13,
	    "", 0, 0, -1, -1);
	/* #55624 [t2] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x05", 9,
	    "", 0, 0, -1, -1);
	/* #55625 [t2] IOMMU_OPTION: -1 EBUSY */
	ioc("t2 IOMMU_OPTION", "-1 EBUSY", 2, 300, 0x3b87ul,
	    "\x18", 1,
	    "", 0, 0, -1, -1);
	/* #55626 [t2] TEST_OP_CREATE_ACCESS: -1 ENOMEM (fault injected) */
	ioc("t2 TEST_OP_CREATE_ACCESS", "-1 ENOMEM", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 7, 16, 334);
	/* #55627 [t2] IOMMU_IOAS_UNMAP: -1 EFAULT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 EFAULT", 2, 302, 0x3b86ul,
	    "\x18\x20\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55628 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55629 [t2] TEST_OP_MD_CHECK_IOTLB: -1 ENOENT */
	ioc("t2 TEST_OP_MD_CHECK_IOTLB", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x44\x00\x00\x00\x0e\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #55630 [t2] IOMMU_OPTION: -1 EBADF */
	ioc("t2 IOMMU_OPTION", "-1 EBADF", 2, 324, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55631 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT (fault injected) */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x01\x00\x00\x00\x08\x00\x00\x00\x01", 13,
	    "", 0, 5, -1, -1);
	/* #55632 [t2] IOMMU_IOAS_ALLOC: 0 (fault injected) */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 3, -1, -1);
	/* #55633 [t2] TEST_OP_DESTROY_ACCESS_PAGE: -1 EBADFD */
	ioc("t2 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EBADFD", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x40", 17,
	    "", 0, 0, -1, -1);
	/* #55634 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x20\x03\x00\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55635 [t2] TEST_OP_PASID_ATTACH: -1 EFAULT */
	ioc("t2 TEST_OP_PASID_ATTACH", "-1 EFAULT", 2, 300, 0x3ba0ul,
	    "\x03\x20\x00\x00\x12\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x0e", 21,
	    "", 0, 0, -1, -1);
	/* #55636 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x01\x01\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x50\xd5\x05", 36,
	    "", 0, 0, -1, -1);
	/* #55637 [t2] TEST_OP unknown: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP unknown", "-1 EOPNOTSUPP", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\xa5\xe3\x4d\x58\x10", 9,
	    "", 0, 0, -1, -1);
	/* #55638 [t2] IOMMU_IOAS_MAP: -1 EINVAL */
	ioc("t2 IOMMU_IOAS_MAP", "-1 EINVAL", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x13\x07\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 37,
	    "", 0, 0, -1, -1);
	/* #55639 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 2, 313, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x08\x2d\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55640 [t2] IOMMU_DESTROY: -1 ENOENT */
	ioc("t2 IOMMU_DESTROY", "-1 ENOENT", 2, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x08", 5,
	    "", 0, 0, -1, -1);
	/* #55641 [t2] IOMMU_IOAS_COPY: 0 (fault injected) */
	ioc("t2 IOMMU_IOAS_COPY", "0", 2, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00"
	    "\x00\x80\x2a\x02", 36,
	    "", 0, 12, -1, -1);
	/* #55642 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x20\x02\x02\x00\x6f\x00\x00\x00\x30\x01\x00\x00\x00\x00\x00"
	    "\x00\x60\x4a\x0c", 36,
	    "", 0, 0, -1, -1);
	/* #55643 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x85\x1d\x00\x00\x01\x00\x00\x00\x00\x00\xe0\xfe\x00\x00\x00\x00\x00\x40", 18,
	    "", 0, 0, -1, -1);
	/* #55644 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55645 [t2] TEST_OP_MOCK_DOMAIN: -1 EINVAL */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 EINVAL", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 29,
	    "", 0, 0, -1, -1);
	/* #55646 [t2] IOMMU_IOAS_ALLOC: -1 E2BIG (fault injected) */
	ioc("t2 IOMMU_IOAS_ALLOC", "-1 E2BIG", 2, 302, 0x3b81ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff", 24,
	    "", 0, 5, -1, -1);
	/* #55647 [t2] TEST_OP_ACCESS_REPLACE_IOAS: 0 (fault injected) */
	ioc("t2 TEST_OP_ACCESS_REPLACE_IOAS", "0", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0b\x00\x00\x00\x4a\x01\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 198, -1, -1);
	/* #55648 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #55649 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBADF */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBADF", 2, 316, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2d\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55650 [t2] TEST_OP_ACCESS_RW: -1 ENOENT */
	ioc("t2 TEST_OP_ACCESS_RW", "-1 ENOENT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\xad\x1f\x00\x00\x00\x00\x00\x00\x51\x06\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x80", 72,
	    "", 0, 0, -1, -1);
	/* #55651 [t1] IOMMU_IOAS_COPY: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_IOAS_COPY", "-1 EOPNOTSUPP", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x2f\x64\xe9\xa3\x02\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xd0\x82\x01\x00\x00\x00\x00"
	    "\x00\x30\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55652 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55653 [t1] VFIO_DEVICE_BIND_IOMMUFD: -1 EBUSY */
	ioc("t1 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBUSY", 1, 312, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55654 [t1] read fault fd: -1 EBADF */
	say("t1 read fault fd", read(325, buf, 160), "-1 EBADF");
	/* #55655 [t1] IOMMU_GET_HW_INFO: -1 ENOENT */
	ioc("t1 IOMMU_GET_HW_INFO", "-1 ENOENT", 1, 302, 0x3b8aul,
	    "\x28\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x3a\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55656 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #55657 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80", 20,
	    "", 0, 0, -1, -1);
	/* #55658 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x70\x01\x03\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xdf\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55659 [t1] VFIO_DEVICE_DETACH_IOMMUFD_: -1 EOPNOTSUPP */
	ioc("t1 VFIO_DEVICE_DETACH_IOMMUFD_", "-1 EOPNOTSUPP", 1, 310, 0x3b78ul,
	    "\x0c\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #55660 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xfe\x00\x00\x00\x00"
	    "\x00\x10\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55661 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x14", 21,
	    "", 0, 0, -1, -1);
	/* #55662 [t1] IOMMU_OPTION: -1 EBUSY */
	ioc("t1 IOMMU_OPTION", "-1 EBUSY", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55663 [t1] IOASID_KVM_SET: -1 EBADF */
	ioc("t1 IOASID_KVM_SET", "-1 EBADF", 1, 300, 0x3bf0ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x54\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55664 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x30\x10\x07\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\xc8\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55665 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 300, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x70\xfb\x01\x00\x00\x00\x00"
	    "\x00\x30\x2f", 35,
	    "", 0, 0, -1, -1);
	/* #55666 [t1] IOMMU_IOAS_UNMAP: 0 */
	ioc("t1 IOMMU_IOAS_UNMAP", "0", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\xf0\xdf\xfe\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55667 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\xb0\x02\x02\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\xef\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55668 [t1] IOMMU_IOAS_UNMAP: -1 EINVAL */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EINVAL", 1, 300, 0x3b86ul,
	    "\x17\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x50", 18,
	    "", 0, 0, -1, -1);
	/* #55669 [t1] IOMMU_HWPT_ALLOC: -1 EOPNOTSUPP */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 EOPNOTSUPP", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x8f\xeb\xcc\x76\x08\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x03", 41,
	    "", 0, 0, -1, -1);
	/* #55670 [t1] IOMMU_OPTION: 0 */
	ioc("t1 IOMMU_OPTION", "0", 1, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55671 [t1] IOMMU_DESTROY: 0 */
	ioc("t1 IOMMU_DESTROY", "0", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x01", 5,
	    "", 0, 0, -1, -1);
	/* #55672 [t1] munmap: 0 */
	say("t1 munmap", munmap((void *)0x6f0006006000ul, 0x29000ul), "0");
	/* #55673 [t2] TEST_OP_PASID_CHECK_HWPT: -1 ENOENT (fault injected) */
	ioc("t2 TEST_OP_PASID_CHECK_HWPT", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x15\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x02", 21,
	    "", 0, 4, -1, -1);
	/* #55674 [t2] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0006019000ul, 0x3000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x1, -1, 0);
	say("t2 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55675 [t1] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EOPNOTSUPP (fault injected) */
	ioc("t1 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EOPNOTSUPP", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x80\x00\x00\x00\x10", 17,
	    "", 0, 61, -1, -1);
	/* #55676 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00"
	    "\x00\x20\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55677 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x07\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02", 25,
	    "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 13, 0, -1, -1);
	/* #55678 [t1] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 ENOENT (fault injected) */
	ioc("t1 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 ENOENT", 1, 310, 0x3b77ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x40", 9,
	    "", 0, 12, -1, -1);
	/* #55679 [t1] IOMMU_DESTROY: 0 */
	ioc("t1 IOMMU_DESTROY", "0", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x0b", 5,
	    "", 0, 0, -1, -1);
	/* #55680 [t1] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EBADF", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x6f\x00\x00\x00\x80\x03\x00\x00\x00\x00\x00"
	    "\x00\x20\x4f\x07", 36,
	    "", 0, 0, -1, -1);
	/* #55681 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x80", 12,
	    "", 0, 0, -1, -1);
	/* #55682 [t2] VFIO_DEVICE_DETACH_IOMMUFD_: 0 */
	ioc("t2 VFIO_DEVICE_DETACH_IOMMUFD_", "0", 2, 310, 0x3b78ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55683 [t2] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 2, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xef\xbe\xad\x0d\xa6\x10", 22,
	    "", 0, 0, -1, -1);
	/* #55684 [t2] open vfio cdev: 314 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t2 open vfio cdev", r, "314");
	to_fd(r, 314);
	/* #55685 [t2] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x02", 9,
	    "", 0, 0, -1, -1);
	/* #55686 [t2] TEST_OP_ACCESS_PAGES: -1 EOPNOTSUPP */
	ioc("t2 TEST_OP_ACCESS_PAGES", "-1 EOPNOTSUPP", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xe0\xfe\x00\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x00\x00\x00\x00\x10\x02\x04\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #55687 [t2] IOMMU_OPTION: 0 */
	ioc("t2 IOMMU_OPTION", "0", 2, 302, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x02", 13,
	    "", 0, 0, -1, -1);
	/* #55688 [t2] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t2 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04", 29,
	    "", 0, 0, -1, -1);
	/* #55689 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 2, 311, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55690 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x03\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x02", 25,
	    "\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01", 13, 0, -1, -1);
	/* #55691 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x20\x01\x04\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x87\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #55692 [t1] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t1 IOMMU_IOAS_IOVA_RANGES", "0", 1, 300, 0x3b84ul,
	    "\x20\x00\x00\x00\x09\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55693 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #55694 [t1] edu dma src: 4 */
	memcpy(buf, "\xbe\x0a\x04\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #55695 [t1] edu dma dst: 4 */
	memcpy(buf, "\xe2\x70\xfb\x01", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #55696 [t1] edu dma count: 4 */
	memcpy(buf, "\x3a\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #55697 [t1] edu dma start: 4 */
	memcpy(buf, "\x03\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #55698 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(310, buf, 2, 0x70000000004), "2");
	/* #55699 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\x10\x9d\x00", 4);
	say("t1 edu dma src", pwrite(310, buf, 4, 0x80), "4");
	/* #55700 [t1] edu dma dst: 4 */
	memcpy(buf, "\xaf\x05\x04\x00", 4);
	say("t1 edu dma dst", pwrite(310, buf, 4, 0x88), "4");
	/* #55701 [t1] edu dma count: 4 */
	memcpy(buf, "\x80\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(310, buf, 4, 0x90), "4");
	/* #55702 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(310, buf, 4, 0x98), "4");
	/* #55703 [t1] TEST_OP_PASID_DETACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_DETACH", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x14\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x04", 17,
	    "", 0, 0, -1, -1);
	/* #55704 [t1] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0004006000ul, 0x1a000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x1, -1, 0);
	say("t1 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55705 [t1] TEST_OP_MOCK_DOMAIN: 0 (fault injected) */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07", 29,
	    "", 0, 173, -1, -1);
	/* #55706 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 300, 0x3b8dul,
	    "\x20\x00\x00\x00\x01\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x04", 25,
	    "\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x03", 29, 0, -1, -1);
	/* #55707 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x20\x02\x01\x00\x6f\x00\x00\x00\xa0\x01\x00\x00\x00\x00\x00"
	    "\x00\xf0\x96\x05", 36,
	    "", 0, 0, -1, -1);
	/* #55708 [t1] IOMMU_HWPT_INVALIDATE: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_INVALIDATE", "-1 ENOENT", 1, 302, 0x3b8dul,
	    "\x20\x00\x00\x00\x13\x00\x00\x00\x00\x10\x01\x00\x00\x6e\x00\x00\xef\xbe\xad\xde\x08\x00\x00\x00\x04", 25,
	    "\x80\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x80\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x02", 29, 0, -1, -1);
	/* #55709 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT (fault injected) */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x80\xfc\x03\x00\x00\x00\x00\x00\x60", 18,
	    "", 0, 149, -1, -1);
	/* #55710 [t1] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t1 TEST_OP_TRIGGER_IOPF", "0", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x9a\x00\x00\x00\x06\x00\x00\x00"
	    "\x00\xe0\x10\x0d", 36,
	    "", 0, 0, -1, -1);
	/* #55711 [t1] TEST_OP_MD_CHECK_MAP: -1 EFAULT (fault injected) */
	ioc("t1 TEST_OP_MD_CHECK_MAP", "-1 EFAULT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x2e\x00\x00\x00\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x02\x05\x00\x6f", 38,
	    "", 0, 1, -1, -1);
	/* #55712 [t1] close: -1 EBADF */
	say("t1 close", close(301), "-1 EBADF");
	/* #55713 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x0a", 9,
	    "", 0, 0, -1, -1);
	/* #55714 [t1] fork: 0 */
	fork_touch(0x6f0006029000ul, 0x3000ul, 1);
	/* #55715 [t1] edu config command: 2 */
	memcpy(buf, "\x06\x00", 2);
	say("t1 edu config command", pwrite(316, buf, 2, 0x70000000004), "2");
	/* #55716 [t1] edu dma src: 4 */
	memcpy(buf, "\x00\x30\xb3\x02", 4);
	say("t1 edu dma src", pwrite(316, buf, 4, 0x80), "4");
	/* #55717 [t1] edu dma dst: 4 */
	memcpy(buf, "\x03\x0a\x04\x00", 4);
	say("t1 edu dma dst", pwrite(316, buf, 4, 0x88), "4");
	/* #55718 [t1] edu dma count: 4 */
	memcpy(buf, "\xde\x00\x00\x00", 4);
	say("t1 edu dma count", pwrite(316, buf, 4, 0x90), "4");
	/* #55719 [t1] edu dma start: 4 */
	memcpy(buf, "\x01\x00\x00\x00", 4);
	say("t1 edu dma start", pwrite(316, buf, 4, 0x98), "4");
	/* #55720 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x09", 5,
	    "", 0, 0, -1, -1);
	/* #55721 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x00\x00\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x60\x6b\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #55722 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x70\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80"
	    "\x00\xd0", 34,
	    "", 0, 0, -1, -1);
	/* #55723 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x23", 5,
	    "", 0, 0, -1, -1);
	/* #55724 [t1] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EFAULT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x6f\x00\x00\x00\x60\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x4a\x02", 36,
	    "", 0, 0, -1, -1);
	/* #55725 [t1] TEST_OP_PASID_REPLACE: -1 EINVAL (fault injected) */
	ioc("t1 TEST_OP_PASID_REPLACE", "-1 EINVAL", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x13\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x10", 21,
	    "", 0, 8, -1, -1);
	/* #55726 [t1] VFIO_DEVICE_BIND_IOMMUFD: -1 EBADFD */
	ioc("t1 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBADFD", 1, 313, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x5e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55727 [t1] TEST_OP_CREATE_ACCESS: -1 EFAULT */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 EFAULT", 1, 300, 0x3ba0ul,
	    "\x00\x00\x00\x80\x05\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 334);
	/* #55728 [t1] IOMMU_IOAS_ALLOC: 0 */
	ioc("t1 IOMMU_IOAS_ALLOC", "0", 1, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55729 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x8f\xa6\x01\x05\x00\x6f\x00\x00\x00\xd0\x00\x00\x00\x00\x00\x00"
	    "\x8f\x56\x86\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55730 [t1] IOMMU_DESTROY: -1 ENOENT (fault injected) */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x09", 5,
	    "", 0, 5, -1, -1);
	/* #55731 [t1] KVM_CREATE_VM: 340 */
	r = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (r >= 0) {
		int k = r;
		r = ioctl(k, KVM_CREATE_VM, 0);
		close(k);
	}
	say("t1 KVM_CREATE_VM", r, "340");
	to_fd(r, 340);
	/* #55732 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55733 [t0] IOMMU_DESTROY: -1 EBUSY */
	ioc("t0 IOMMU_DESTROY", "-1 EBUSY", 0, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #55734 [t0] TEST_OP_PAGE_RESPONSES: -1 EBADF */
	ioc("t0 TEST_OP_PAGE_RESPONSES", "-1 EBADF", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02", 17,
	    "", 0, 0, -1, -1);
	/* #55735 [t0] TEST_OP_DESTROY_ACCESS_PAGE: -1 EINVAL */
	ioc("t0 TEST_OP_DESTROY_ACCESS_PAGE", "-1 EINVAL", 0, 315, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #55736 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EBADF */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EBADF", 0, 324, 0x3ba0ul,
	    "\xff\xff\xff\xff\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x05", 17,
	    "", 0, 0, -1, -1);
	/* #55737 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55738 [t0] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t0 IOMMU_FAULT_QUEUE_ALLOC", "0", 0, 300, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 321);
	/* #55739 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x70\x03\x00\x00\x6f\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\x22\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55740 [t0] IOMMU_FAULT_QUEUE_ALLOC: 0 */
	ioc("t0 IOMMU_FAULT_QUEUE_ALLOC", "0", 0, 302, 0x3b8eul,
	    "\x10", 1,
	    "", 0, 0, 12, 323);
	/* #55741 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x08\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #55742 [t0] TEST_OP_MOCK_DOMAIN: -1 EADDRINUSE */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "-1 EADDRINUSE", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 29,
	    "", 0, 0, -1, -1);
	/* #55743 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 300, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55744 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBADFD */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBADFD", 2, 316, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x5e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55745 [t2] IOMMU_IOAS_ALLOC: 0 */
	ioc("t2 IOMMU_IOAS_ALLOC", "0", 2, 302, 0x3b81ul,
	    "\x0c", 1,
	    "", 0, 0, -1, -1);
	/* #55746 [t2] write fault fd: -1 EBADF */
	memcpy(buf, "\x00\x00\x00\x00\x01\x00\x00\x00\x0b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x2e\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t2 write fault fd", write(324, buf, 24), "-1 EBADF");
	/* #55747 [t2] write fault fd: -1 EINVAL */
	memcpy(buf, "\x07\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x2e\x01\x00\x00\x00\x00\x00\x00", 32);
	say("t2 write fault fd", write(321, buf, 16), "-1 EINVAL");
	/* #55748 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBUSY */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBUSY", 2, 313, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55749 [t2] TEST_OP_MOCK_DOMAIN_REPLACE: 0 */
	ioc("t2 TEST_OP_MOCK_DOMAIN_REPLACE", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x09", 17,
	    "", 0, 0, -1, -1);
	/* #55750 [t2] TEST_OP_ACCESS_PAGES: -1 EFAULT */
	ioc("t2 TEST_OP_ACCESS_PAGES", "-1 EFAULT", 2, 300, 0x3ba0ul,
	    "\x35\x20\x00\x00\x07\x00\x00\x00\x4b\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x52\x07\x00\x00\x00\x00"
	    "\x00\x10", 34,
	    "", 0, 0, -1, -1);
	/* #55751 [t2] munmap: 0 */
	say("t2 munmap", munmap((void *)0x6f000103b000ul, 0x3000ul), "0");
	/* #55752 [t2] IOMMU_OPTION: -1 EOPNOTSUPP */
	ioc("t2 IOMMU_OPTION", "-1 EOPNOTSUPP", 2, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x13", 13,
	    "", 0, 0, -1, -1);
	/* #55753 [t2] IOASID_KVM_UNSET: 0 */
	ioc("t2 IOASID_KVM_UNSET", "0", 2, 300, 0x3bf1ul,
	    "\x08", 1,
	    "", 0, 0, -1, -1);
	/* #55754 [t2] IOMMU_IOAS_MAP: 0 (fault injected) */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x80\x02\x05\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\xc0\x64\x09\x93\x1f\xe4\xe5", 40,
	    "", 0, 5, -1, -1);
	/* #55755 [t2] TEST_OP_TRIGGER_IOPF: 0 */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "0", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\xdf\x00\x00\x00\x05\x00\x00\x00"
	    "\x00\xe0\x31\x0e", 36,
	    "", 0, 0, -1, -1);
	/* #55756 [t2] mmap fixed: 0 */
	r = (long)mmap((void *)0x6f0005021000ul, 0x3000ul, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_FIXED | 0x2, -1, 0);
	say("t2 mmap fixed", r == (long)MAP_FAILED ? -1 : 0, "0");
	/* #55757 [t2] TEST_OP_TRIGGER_IOPF: -1 EINVAL */
	ioc("t2 TEST_OP_TRIGGER_IOPF", "-1 EINVAL", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\xbf\x01\x00\x00\x07\x00\x20\x00"
	    "\x00\x60\xdd\x0a", 36,
	    "", 0, 0, -1, -1);
	/* #55758 [t2] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t2 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 2, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x07", 17,
	    "", 0, 0, -1, -1);
	/* #55759 [t2] VFIO_DEVICE_BIND_IOMMUFD: -1 EBUSY */
	ioc("t2 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBUSY", 2, 315, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2c\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55760 [t2] IOMMU_DESTROY: -1 EBUSY */
	ioc("t2 IOMMU_DESTROY", "-1 EBUSY", 2, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x03", 5,
	    "", 0, 0, -1, -1);
	/* #55761 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff", 24,
	    "", 0, 0, -1, -1);
	/* #55762 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x05\x00\x00\x00\x00\x40\xd1\x01\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55763 [t2] VFIO_DEVICE_FEATURE: -1 EINVAL */
	ioc("t2 VFIO_DEVICE_FEATURE", "-1 EINVAL", 2, 316, 0x3b75ul,
	    "\x18\x00\x00\x00\x05\x00\x01", 7,
	    "", 0, 0, -1, -1);
	/* #55764 [t2] ioasid unknown nr: -1 ENOTTY */
	ioc("t2 ioasid unknown nr", "-1 ENOTTY", 2, 300, 0x3be3ul,
	    "\x20\x00\x00\x00\x00\x00\x00\x00\x0c", 9,
	    "", 0, 0, -1, -1);
	/* #55765 [t2] open vfio cdev: 317 */
	r = open("/dev/vfio/devices/vfio2", O_RDWR | O_CLOEXEC);
	say("t2 open vfio cdev", r, "317");
	to_fd(r, 317);
	/* #55766 [t2] IOMMU_OPTION: 0 (fault injected) */
	ioc("t2 IOMMU_OPTION", "0", 2, 300, 0x3b87ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x0e", 13,
	    "", 0, 10, -1, -1);
	/* #55767 [t2] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_COPY", "-1 ENOENT", 2, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x01\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xa0\xe1\x0c\x00\x00\x00\x00"
	    "\x00\x70\xef\x06", 36,
	    "", 0, 0, -1, -1);
	/* #55768 [t2] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_COPY", "-1 ENOENT", 2, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\xa0\xed\x07\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55769 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x09\x00\x00\x00\x02\x00\x00\x00\x00\xa0\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xf0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55770 [t2] IOMMU_IOAS_UNMAP: 0 */
	ioc("t2 IOMMU_IOAS_UNMAP", "0", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\xb0\xc8\x01\x00\x00\x00\x00\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55771 [t2] IOMMU_DESTROY: -1 ENOENT */
	ioc("t2 IOMMU_DESTROY", "-1 ENOENT", 2, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x09", 5,
	    "", 0, 0, -1, -1);
	/* #55772 [t2] TEST_OP_MD_CHECK_REFS: -1 EFAULT */
	ioc("t2 TEST_OP_MD_CHECK_REFS", "-1 EFAULT", 2, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x70\x02\x06\x00\x6f\x00\x00"
	    "\x01", 33,
	    "", 0, 0, -1, -1);
	/* #55773 [t2] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t2 IOMMU_HWPT_ALLOC", "-1 ENOENT", 2, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x08\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x02\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #55774 [t2] IOMMU_IOAS_MAP: 0 */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x70\x02\x01\x00\x6f\x00\x00\x01\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xf0\xff", 35,
	    "", 0, 0, -1, -1);
	/* #55775 [t2] IOMMU_IOAS_MAP: 0 (fault injected) */
	ioc("t2 IOMMU_IOAS_MAP", "0", 2, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x02\x00\x6f\x00\x00\x00\xb0\x03\x00\x00\x00\x00\x00"
	    "\x00\xf0\x99\x06", 36,
	    "", 0, 154, -1, -1);
	/* #55776 [t2] madvise: 0 */
	say("t2 madvise", madvise((void *)0x6f0006034000ul, 0x1000ul, 15), "0");
	/* #55777 [t2] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t2 IOMMU_IOAS_UNMAP", "-1 ENOENT", 2, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x01\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x80", 18,
	    "", 0, 0, -1, -1);
	/* #55778 [t2] fork: in flight (never returned) */
	fork_touch(0x6f000737f000ul, 0x7a000ul, 2);
	/* #55779 [t1] IOMMU_IOAS_MAP: -1 ENOTTY */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOTTY", 1, 323, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x70\x00\x00\x00\x6f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\xe0\x73", 35,
	    "", 0, 0, -1, -1);
	/* #55780 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x02\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00\x60\x1e\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x80", 37,
	    "", 0, 0, -1, -1);
	/* #55781 [t1] madvise: -1 EINVAL */
	say("t1 madvise", madvise((void *)0x6f000401c000ul, 0x2000ul, 18), "-1 EINVAL");
	/* #55782 [t0] IOMMU_IOAS_MAP: 0 */
	ioc("t0 IOMMU_IOAS_MAP", "0", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x60\x18\x07\x00\x6f\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\xdc\x01", 36,
	    "", 0, 0, -1, -1);
	/* #55783 [t0] TEST_OP_MOCK_DOMAIN: 0 (fault injected) */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "0", 0, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0c\x00\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03", 29,
	    "", 0, 5, -1, -1);
	/* #55784 [t1] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 ENOENT */
	ioc("t1 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 ENOENT", 1, 310, 0x3b77ul,
	    "\x10", 1,
	    "", 0, 0, -1, -1);
	/* #55785 [t1] TEST_OP_ACCESS_PAGES: -1 ENOENT */
	ioc("t1 TEST_OP_ACCESS_PAGES", "-1 ENOENT", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x07\x00\x00\x00\x4d\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x00\x00\x00\x00\x00\x00\x00\x70\x00\x01\x00\x6f", 46,
	    "", 0, 0, -1, -1);
	/* #55786 [t1] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t1 IOMMU_HWPT_ALLOC", "-1 ENOENT", 1, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x04\x00\x00\x00\x04\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #55787 [t0] IOMMU_IOAS_IOVA_RANGES: 0 */
	ioc("t0 IOMMU_IOAS_IOVA_RANGES", "0", 0, 302, 0x3b84ul,
	    "\x20\x00\x00\x00\x02\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x6e", 22,
	    "", 0, 0, -1, -1);
	/* #55788 [t1] IOMMU_IOAS_MAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_MAP", "-1 EBADF", 1, 301, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x80\x1e\x07\x00\x6f\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00"
	    "\x00\x30\x6e\x08", 36,
	    "", 0, 0, -1, -1);
	/* #55789 [t1] IOMMU_DESTROY: -1 ENOENT */
	ioc("t1 IOMMU_DESTROY", "-1 ENOENT", 1, 302, 0x3b80ul,
	    "\x08\x00\x00\x00\x07", 5,
	    "", 0, 0, -1, -1);
	/* #55790 [t0] TEST_OP_MD_CHECK_MAP: -1 ENOENT */
	ioc("t0 TEST_OP_MD_CHECK_MAP", "-1 ENOENT", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x03\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\xf0\xdf\xfe\x00\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x70\x01\x03\x00\x6f", 38,
	    "", 0, 0, -1, -1);
	/* #55791 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x13\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\x00\x00\x00\x00\x00\x02", 40,
	    "", 0, 0, -1, -1);
	/* #55792 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 310, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #55793 [t0] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 ENOENT", 0, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x06\x00\x6f\x00\x00\x00\xf0\x01\x00\x00\x00\x00\x00"
	    "\x00\x60\x4d", 35,
	    "", 0, 0, -1, -1);
	/* #55794 [t0] TEST_OP_MOCK_DOMAIN_REPLACE: -1 EBADF */
	ioc("t0 TEST_OP_MOCK_DOMAIN_REPLACE", "-1 EBADF", 0, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01", 17,
	    "", 0, 0, -1, -1);
	/* #55795 [t0] VFIO_DEVICE_RESET: -1 EINVAL */
	ioc("t0 VFIO_DEVICE_RESET", "-1 EINVAL", 0, 316, 0x3b6ful,
	    "", 0,
	    "", 0, 0, -1, -1);
	/* #55796 [t0] IOMMU_DESTROY: -1 ENOTTY */
	ioc("t0 IOMMU_DESTROY", "-1 ENOTTY", 0, 341, 0x3b80ul,
	    "\x08\x00\x00\x00\xff\xff\xff\xff", 8,
	    "", 0, 0, -1, -1);
	/* #55797 [t0] IOMMU_HWPT_ALLOC: -1 EINVAL */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 EINVAL", 0, 300, 0x3b89ul,
	    "\x30\x00\x00\x00\x0c\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xad\xde\x00\x00\x04\x00\x00\x00"
	    "\x00\x10\x00\x00\x00\x6e\x00\x00\x04", 41,
	    "\xef\xbe\xad\x0b", 4, 0, -1, -1);
	/* #55798 [t0] IOMMU_IOAS_MAP: -1 EFAULT */
	ioc("t0 IOMMU_IOAS_MAP", "-1 EFAULT", 0, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x30\x02\x06\x00\x6f\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00"
	    "\x00\xb0\xe4\x9f\x23\x9e\x36\x58", 40,
	    "", 0, 0, -1, -1);
	/* #55799 [t0] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t0 IOMMU_IOAS_UNMAP", "-1 ENOENT", 0, 302, 0x3b86ul,
	    "\x18\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x40", 18,
	    "", 0, 0, -1, -1);
	/* #55800 [t0] VFIO_DEVICE_BIND_IOMMUFD: -1 EBADF */
	ioc("t0 VFIO_DEVICE_BIND_IOMMUFD", "-1 EBADF", 0, 316, 0x3b76ul,
	    "\x10\x00\x00\x00\x00\x00\x00\x00\x2d\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55801 [t0] VFIO_DEVICE_ATTACH_IOMMUFD_: -1 ENOMEM (fault injected) */
	ioc("t0 VFIO_DEVICE_ATTACH_IOMMUFD_", "-1 ENOMEM", 0, 316, 0x3b77ul,
	    "\x50\x00\x00\x00\x00\x00\x00\x00\x05", 9,
	    "", 0, 24, -1, -1);
	/* #55802 [t1] TEST_OP_PASID_ATTACH: -1 ENOENT */
	ioc("t1 TEST_OP_PASID_ATTACH", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x12\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x04", 21,
	    "", 0, 0, -1, -1);
	/* #55803 [t1] VFIO_DEVICE_BIND_IOMMUFD: -1 EINVAL */
	ioc("t1 VFIO_DEVICE_BIND_IOMMUFD", "-1 EINVAL", 1, 316, 0x3b76ul,
	    "\x07\x20\x00\x00\x00\x00\x00\x00\x2e\x01", 10,
	    "", 0, 0, -1, -1);
	/* #55804 [t1] IOMMU_IOAS_COPY: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_COPY", "-1 ENOENT", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x07\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
	    "\x00\x00\xe0\xfe", 36,
	    "", 0, 0, -1, -1);
	/* #55805 [t1] IOMMU_IOAS_COPY: 0 */
	ioc("t1 IOMMU_IOAS_COPY", "0", 1, 302, 0x3b83ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x04\x00\x00\x00\x04\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\xe0\x43\x00\x00\x00\x00\x00"
	    "\x00\xc0\x64\x09\x93\x1f\xe4\xe5", 40,
	    "", 0, 0, -1, -1);
	/* #55806 [t1] IOMMU_IOAS_UNMAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 ENOENT", 1, 300, 0x3b86ul,
	    "\x18\x00\x00\x00\x06\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x80\x00\x10", 18,
	    "", 0, 0, -1, -1);
	/* #55807 [t1] IOMMU_IOAS_MAP: 0 */
	ioc("t1 IOMMU_IOAS_MAP", "0", 1, 302, 0x3b85ul,
	    "\x28\x00\x00\x00\x06\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x50\x11\x07\x00\x6f\x00\x00\x00\x60\x21\x00\x00\x00\x00\x00"
	    "\x00\x00\x3c", 35,
	    "", 0, 0, -1, -1);
	/* #55808 [t1] IOMMU_IOAS_MAP: -1 ENOENT */
	ioc("t1 IOMMU_IOAS_MAP", "-1 ENOENT", 1, 300, 0x3b85ul,
	    "\x28\x00\x00\x00\x05\x00\x00\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x01\x00\x00\x6f\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00"
	    "\x00\x40\x3d\x0f", 36,
	    "", 0, 0, -1, -1);
	/* #55809 [t1] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EBADFD", 1, 300, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\xc1\xf9\x99\x06\x00\x00\x00\x00\xfa\x03\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x01", 41,
	    "", 0, 0, -1, -1);
	/* #55810 [t1] TEST_OP_DESTROY_ACCESS_PAGE: -1 ENOENT */
	ioc("t1 TEST_OP_DESTROY_ACCESS_PAGE", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x06\x00\x00\x00\x4c\x01\x00\x00\x00\x00\x00\x00\x23", 17,
	    "", 0, 0, -1, -1);
	/* #55811 [t1] TEST_OP_MOCK_DOMAIN: -1 ENOENT */
	ioc("t1 TEST_OP_MOCK_DOMAIN", "-1 ENOENT", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x0e", 9,
	    "", 0, 0, -1, -1);
	/* #55812 [t1] IOMMU_IOAS_UNMAP: -1 EBADF */
	ioc("t1 IOMMU_IOAS_UNMAP", "-1 EBADF", 1, 334, 0x3b86ul,
	    "\x18\x00\x00\x00\x04\x00\x00\x00\x00\xe0\x43\x00\x00\x00\x00\x00\x00\x20", 18,
	    "", 0, 0, -1, -1);
	/* #55813 [t1] close: -1 EBADF */
	say("t1 close", close(301), "-1 EBADF");
	/* #55814 [t1] TEST_OP_ACCESS_RW: -1 EBADFD */
	ioc("t1 TEST_OP_ACCESS_RW", "-1 EBADFD", 1, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x08\x00\x00\x00\x4e\x01\x00\x00\x00\x00\x00\x00\x3a\xf8\xdf\xfe\x00\x00\x00\x00\xaf\x02\x00\x00\x00\x00\x00\x00"
	    "\x00\x10\x01\x00\x00\x6e\x00\x00\x04", 41,
	    "", 0, 0, -1, -1);
	/* #55815 [t1] TEST_OP_CREATE_ACCESS: -1 EBADF */
	ioc("t1 TEST_OP_CREATE_ACCESS", "-1 EBADF", 1, 301, 0x3ba0ul,
	    "\x48\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 21,
	    "", 0, 0, 16, 334);
	/* #55816 [t1] IOMMU_DESTROY: in flight (never returned) (fault injected) */
	ioc("t1 IOMMU_DESTROY", "in flight (never returned)", 1, 300, 0x3b80ul,
	    "\x08\x00\x00\x00\x07", 5,
	    "", 0, 5, -1, -1);
	/* #55817 [t0] IOMMU_HWPT_ALLOC: -1 ENOENT */
	ioc("t0 IOMMU_HWPT_ALLOC", "-1 ENOENT", 0, 302, 0x3b89ul,
	    "\x30\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x01", 13,
	    "", 0, 0, -1, -1);
	/* #55818 [t0] TEST_OP_MOCK_DOMAIN: in flight (never returned) */
	ioc("t0 TEST_OP_MOCK_DOMAIN", "in flight (never returned)", 0, 302, 0x3ba0ul,
	    "\x48\x00\x00\x00\x02\x00\x00\x00\x04", 9,
	    "", 0, 0, -1, -1);
	printf("replayed 594 calls\n");
	return 0;
}
