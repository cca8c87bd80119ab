// SPDX-License-Identifier: GPL-2.0
/*
 * The runner: every syscall of the fuzzer goes through here, so that it is
 * recorded in the ring before it is issued and completed after (see
 * "Runner" in fuzz.h), and so that fault injection is armed around ioctls
 * only, never around the fuzzer's own bookkeeping.
 */
#include "fuzz.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/kvm.h>

/*
 * Between arming fail-nth and disarming it only the ioctl may pass an
 * injection point.  A fork by another thread turns this thread's stack
 * into copy-on-write pages, whose first write (after the ioctl returned)
 * would allocate, and fail: forks wait until no injected call is in
 * flight, and the other way round.
 */
static pthread_rwlock_t fork_lock = PTHREAD_RWLOCK_INITIALIZER;

/* The call each thread is in, for the SIGSEGV report (main.c). */
_Thread_local const char *fz_current_call;

void *fz_arg(struct fz_thread *t)
{
	memset(t->scratch, 0, 2 * PAGE);
	return t->scratch + ARG_OFF;
}

void *fz_aux(struct fz_thread *t)
{
	return t->scratch + AUX_OFF;
}

/*
 * The size to put in a struct's leading size/argsz field: mostly @full,
 * otherwise one of the values the size rules treat differently (below the
 * minimum, the minimum, a zero tail, a non-zero tail, past the scratch
 * pages).  *@arg_len becomes the number of argument bytes that matter.
 */
uint32_t fz_size(struct fz_thread *t, uint32_t min, uint32_t full,
		 uint32_t *arg_len)
{
	uint8_t *arg = t->scratch + ARG_OFF;
	uint32_t size = full;

	*arg_len = full;
	if (pct(&t->rng, 85))
		return full;
	switch (rnd(&t->rng, 10)) {
	case 0:
		size = min;
		break;
	case 1:
		size = min ? min - 1 - rnd(&t->rng, min < 4 ? min : 4) : 0;
		break;
	case 2:
		size = 0;
		break;
	case 3:		/* a longer struct with a zero tail: accepted */
		size = full + 4 * (1 + rnd(&t->rng, 16));
		break;
	case 4:		/* a longer struct with a non-zero tail: E2BIG */
	case 5:
		size = full + 1 + rnd(&t->rng, 64);
		arg[size - 1] = 0xff;
		*arg_len = size;
		break;
	case 6:		/* non-zero byte inside the known struct's padding/tail */
		size = full;
		if (full > min)
			arg[min + rnd(&t->rng, full - min)] = 0x80;
		break;
	case 7:		/* reaches into the aux page */
		size = PAGE + rnd(&t->rng, PAGE - 8);
		break;
	case 8:		/* past the guard: EFAULT */
		size = 2 * PAGE + rnd(&t->rng, 64);
		break;
	default:
		size = one_in(&t->rng, 2) ? 0xffffffffu : 0x80000000u;
		break;
	}
	return size;
}

static void fail_nth_arm(struct fz_thread *t, uint32_t n)
{
	char buf[16];
	int len = snprintf(buf, sizeof(buf), "%u", n);

	/* A failed arming only means this call runs without injection. */
	(void)!pwrite(t->nth_fd, buf, len, 0);
}

static void fail_nth_disarm(struct fz_thread *t)
{
	/* The write copies from user space, a point itself: retry once. */
	if (pwrite(t->nth_fd, "0", 1, 0) < 0 && errno == EFAULT)
		(void)!pwrite(t->nth_fd, "0", 1, 0);
}

static uint32_t pick_fail_nth(struct fz_thread *t)
{
	if (t->setup || !O.fail_pct || t->nth_fd < 0 ||
	    !pct(&t->rng, O.fail_pct))
		return 0;
	/* Mostly the first few points of a path, sometimes deeper. */
	return 1 + rnd(&t->rng, one_in(&t->rng, 4) ? 200 : 12);
}

long fz_ioctl(struct fz_thread *t, const struct ioc *c)
{
	uint8_t *arg = t->scratch + ARG_OFF;
	uint32_t arg_len = c->full, aux_len = c->aux_len;
	struct rec *r;
	uint32_t nth;
	long ret;
	int err;

	if (c->min) {
		uint32_t size = fz_size(t, c->min, c->full, &arg_len);

		memcpy(arg, &size, sizeof(size));
	}
	if (arg_len > REC_ARG)
		arg_len = REC_ARG;
	if (aux_len > REC_AUX)
		aux_len = REC_AUX;
	nth = c->inject ? pick_fail_nth(t) : 0;

	r = rec_begin(t->index, REC_IOCTL, c->name);
	r->fd = c->fd;
	r->req = c->req;
	r->arg_len = arg_len;
	memcpy(r->arg, arg, arg_len);
	r->aux_len = aux_len;
	memcpy(r->aux, t->scratch + AUX_OFF, aux_len);
	r->out_fd_off = c->out_fd_off;
	r->out_fd = c->out_fd_off >= 0 ? c->out_fd : -1;
	r->fail_nth = nth;
	rec_publish(r);

	fz_current_call = c->name;
	if (nth) {
		atomic_fetch_add_explicit(&SH->injected, 1, memory_order_relaxed);
		pthread_rwlock_rdlock(&fork_lock);
		fail_nth_arm(t, nth);
	}
	ret = ioctl(c->fd, c->req, arg);
	err = errno;
	if (nth) {
		fail_nth_disarm(t);
		pthread_rwlock_unlock(&fork_lock);
	}
	if (ret >= 0 && c->out_fd_off >= 0) {
		int32_t f;

		memcpy(&f, arg + c->out_fd_off, sizeof(f));
		if (f >= 0 && f != c->out_fd) {
			dup2(f, c->out_fd);
			close(f);
		}
	}
	rec_end(r, ret, err);
	t->calls++;
	errno = err;
	return ret < 0 ? -err : ret;
}

/* Process-safe write to every page of a range (EFAULT, never SIGSEGV). */
static void touch(uint64_t addr, uint64_t len, uint8_t val)
{
	uint64_t o;

	for (o = 0; o < len; o += PAGE) {
		struct iovec l = { &val, 1 }, rv = { (void *)(addr + o), 1 };

		process_vm_writev(getpid(), &l, 1, &rv, 1, 0);
	}
}

long fz_simple(struct fz_thread *t, uint16_t type, const char *name, int fd,
	       uint64_t req, uint64_t addr, uint64_t len, const void *data,
	       uint32_t data_len)
{
	struct rec *r = rec_begin(t->index, type, name);
	void *aux = t->scratch + AUX_OFF;
	long ret = -1;
	int err;

	fz_current_call = name;
	r->fd = fd;
	r->req = req;
	r->addr = addr;
	r->len = len;
	if (data_len > REC_AUX)
		data_len = REC_AUX;
	if (data && data_len) {
		memcpy(r->aux, data, data_len);
		r->aux_len = data_len;
	}
	rec_publish(r);
	errno = 0;
	switch (type) {
	case REC_CLOSE:
		ret = close(fd);
		break;
	case REC_READ:
		ret = read(fd, aux, len > AUX_SIZE ? AUX_SIZE : len);
		break;
	case REC_WRITE:
		ret = write(fd, data, len);
		break;
	case REC_PREAD:
		ret = pread(fd, aux, len > AUX_SIZE ? AUX_SIZE : len, req);
		break;
	case REC_PWRITE:
		ret = pwrite(fd, data, len, req);
		break;
	case REC_POLL: {
		struct pollfd p = { .fd = fd, .events = POLLIN };

		ret = poll(&p, 1, 0);
		break;
	}
	case REC_MMAP:
		ret = mmap((void *)addr, len, PROT_READ | PROT_WRITE,
			   MAP_ANONYMOUS | MAP_FIXED | (int)req, -1, 0) ==
		      MAP_FAILED ? -1 : 0;
		break;
	case REC_MUNMAP:
		ret = munmap((void *)addr, len);
		break;
	case REC_MPROTECT:
		ret = mprotect((void *)addr, len, (int)req);
		break;
	case REC_MADVISE:
		ret = madvise((void *)addr, len, (int)req);
		break;
	case REC_IOCTL_INT:
		ret = ioctl(fd, req, (unsigned long)addr);
		break;
	case REC_FORK: {
		pid_t pid;

		if (req == 1)
			touch(addr, len, 0x3c);
		pthread_rwlock_wrlock(&fork_lock);
		pid = fork();
		if (pid)
			pthread_rwlock_unlock(&fork_lock);
		if (pid == 0) {
			touch(addr, len, 0xc5);
			_exit(0);
		}
		if (req != 2)
			touch(addr, len, 0x3c);
		if (pid > 0)
			waitpid(pid, NULL, 0);
		ret = pid < 0 ? -1 : 0;
		break;
	}
	default:
		errno = EINVAL;
	}
	err = errno;
	rec_end(r, ret, err);
	t->calls++;
	errno = err;
	return ret < 0 ? -err : ret;
}

/* open(@path) onto the fixed fd number @fd; returns @fd or -errno. */
int fz_open(struct fz_thread *t, const char *name, const char *path, int fd)
{
	struct rec *r = rec_begin(t->index, REC_OPEN, name);
	int f, err;

	r->fd = fd;
	r->aux_len = strlen(path);
	memcpy(r->aux, path, r->aux_len);
	rec_publish(r);
	f = open(path, O_RDWR | O_CLOEXEC);
	err = errno;
	if (f >= 0 && f != fd) {
		dup2(f, fd);
		close(f);
	}
	rec_end(r, f < 0 ? -1 : fd, err);
	t->calls++;
	return f < 0 ? -err : fd;
}

/* A KVM VM fd at the fixed fd number @fd; returns @fd or -errno. */
int fz_kvm_vm(struct fz_thread *t, int fd)
{
	struct rec *r = rec_begin(t->index, REC_KVM_VM, "KVM_CREATE_VM");
	int k, vm = -1, err;

	r->fd = fd;
	rec_publish(r);
	k = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	err = errno;
	if (k >= 0) {
		vm = ioctl(k, KVM_CREATE_VM, 0);
		err = errno;
		close(k);
	}
	if (vm >= 0 && vm != fd) {
		dup2(vm, fd);
		close(vm);
	}
	rec_end(r, vm < 0 ? -1 : fd, err);
	t->calls++;
	return vm < 0 ? -err : fd;
}

void fz_close(struct fz_thread *t, int fd)
{
	fz_simple(t, REC_CLOSE, "close", fd, 0, 0, 0, NULL, 0);
}
