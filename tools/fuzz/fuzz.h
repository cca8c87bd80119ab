/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ioasid-fuzz: a structure-aware fuzzer for /dev/ioasid, the VFIO device
 * cdevs of vfio-pci-ioasid and the fault-queue fds.
 *
 * Design
 * ------
 * Processes.  main() is a *supervisor*: it never touches /dev/ioasid.  It
 * forks one *worker* process per run, watches /dev/kmsg for kernel reports
 * (the patterns of tools/vm/results.sh) and the worker's exit, and, when
 * something goes wrong, writes a C reproducer from the call ring, which
 * lives in a MAP_SHARED mapping both processes see (so a worker killed by
 * an oops, or stuck in the kernel, still leaves its last calls behind).
 *
 * Epochs.  The worker runs epochs.  An epoch starts from nothing (no fd
 * open), builds a world (an /dev/ioasid context or two, edu devices bound,
 * memory regions mapped), lets T threads issue calls on the shared world,
 * then closes every fd in random order, waits for forked children and
 * checks that nothing stays pinned or charged (VmPin, VmLck of the process).
 * Object IDs start afresh in every epoch, so the calls of one epoch replay
 * on their own: the reproducer of a failing run is the ring's records of
 * the failing epoch.
 *
 * Seeding.  The run has one seed (printed; -s).  Epoch e gets the seed
 * mix(seed, e) (printed as "epoch E seed X"); thread i of that epoch draws
 * from a xoshiro256** stream seeded with mix(epoch seed, i + 1), the
 * epoch's setup from mix(epoch seed, 0).  "-s X -E 1" replays one epoch.
 * With one thread (-t 1) a seed gives the same call sequence every time
 * (as far as the kernel answers the same); with several threads each
 * thread's own decisions repeat, but what it finds in the shared pool
 * depends on the interleaving.
 *
 * Call table (calls_*.c).  Every call is a struct call_desc: a name, a
 * weight and a function that builds the arguments from the pool and the
 * thread's PRNG, issues the syscall through the runner (exec.c), and puts
 * what came back (IDs, fds) into the pool.  The calls cover every ioctl of
 * /dev/ioasid (IOMMU_* and IOMMU_TEST_CMD's mock ops, IOASID_KVM_*, and
 * unknown numbers), the VFIO cdev ioctls (bind, attach/detach with and
 * without PASID, info, IRQs, reset, hot reset), the edu's DMA, fault-fd
 * read/write/poll, and memory and fd churn (munmap, mprotect,
 * madvise(DONTNEED), fork, close in any order).  Arguments are mostly
 * valid and sometimes corrupted: argument sizes below, at and above the
 * struct (with zero or non-zero tails), flags, reserved fields, lengths and
 * IOVAs from a table of interesting values (0, near 2^64, the mock
 * aperture edges, the MSI window, VT-d's 39-bit width).
 *
 * Resource pool (pool.c).  Fixed fd numbers per slot (FD_BASE and up), so
 * that the fds the fuzzer passes inside structs (bind's iommufd,
 * IOASID_KVM_SET's VM fd) keep their values in a reproducer; object IDs
 * with their kind, context and whether they were destroyed (stale IDs are
 * handed out on purpose now and then); recent mappings (for unmap, copy,
 * access pins); the memory arena at fixed addresses.
 *
 * Runner (exec.c).  Every syscall goes through fz_ioctl()/fz_rec_*(): it
 * records the call in the ring before issuing it (so the call that never
 * returns is in the ring) and the result after; the argument struct lives
 * in the thread's scratch page at a fixed address, with an aux page beside
 * it for arrays the struct points to, and an unmapped guard page after
 * them (sizes that overrun fault deterministically).  With -f P a share P%
 * of the ioctls run with fault injection armed through
 * /proc/thread-self/fail-nth (every slab and page allocation, user copy and
 * fail_ioasidfd point counts), never for the calls that go through
 * ACPI/PCI core code (bind, reset, hot reset), whose failure paths 6.1
 * itself does not survive.
 *
 * Reproducer (repro.c).  The ring holds the last N records (-n).  On a
 * kernel report, a leak, a hung or dead worker, or when asked (-R), the
 * supervisor writes a standalone C program replaying the failing epoch's
 * records in sequence order on one thread: same fixed fd numbers, same
 * arena and scratch addresses, same argument bytes, same fail-nth arming.
 */
#ifndef IOASID_FUZZ_H
#define IOASID_FUZZ_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include <linux/ioasid.h>
#include "ioasidfd_test.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- PRNG (rng.c) --------------------------------------------------- */

struct rng {
	uint64_t s[4];
};

uint64_t mix64(uint64_t a, uint64_t b);
void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);

/* Uniform in [0, n); 0 when n is 0. */
static inline uint32_t rnd(struct rng *r, uint32_t n)
{
	return n ? (uint32_t)(((rng_next(r) >> 32) * n) >> 32) : 0;
}

/* True with probability 1/n. */
static inline bool one_in(struct rng *r, uint32_t n)
{
	return rnd(r, n) == 0;
}

/* True with probability pct %. */
static inline bool pct(struct rng *r, uint32_t p)
{
	return rnd(r, 100) < p;
}

/* ---- fixed addresses and fd numbers ------------------------------------ */

#define PAGE		4096ul
#define MAX_THREADS	8

/*
 * The memory arena: NREGIONS regions of REGION_SIZE bytes at fixed
 * addresses; the last one is 2 MiB aligned and asked to be a THP.
 */
#define ARENA_BASE	0x6f0000000000ul
#define REGION_STRIDE	0x1000000ul	/* 16 MiB apart */
#define NREGIONS	8
#define REGION_SIZE	(64 * PAGE)
#define THP_REGION	(NREGIONS - 1)
#define THP_SIZE	(4ul << 20)
#define region_addr(i)	(ARENA_BASE + (uint64_t)(i) * REGION_STRIDE)
#define region_size(i)	((i) == THP_REGION ? THP_SIZE : REGION_SIZE)

/* Per-thread scratch: arg page, aux page, guard page. */
#define SCRATCH_BASE	0x6e0000000000ul
#define SCRATCH_STRIDE	0x10000ul
#define scratch_addr(t)	(SCRATCH_BASE + (uint64_t)(t) * SCRATCH_STRIDE)
#define ARG_OFF		0
#define AUX_OFF		PAGE
#define AUX_SIZE	PAGE

/* Fixed fd numbers of the pool's slots. */
#define FD_BASE		300
#define NCTX		3	/* /dev/ioasid contexts */
#define NDEVSLOT	8	/* VFIO cdev fds */
#define NFAULT		6	/* fault-queue fds */
#define NACCESS		6	/* mock access fds */
#define NKVM		2	/* KVM VM fds */
#define NMISC		1	/* a foreign file (/dev/null) */
#define FD_CTX(i)	(FD_BASE + (i))
#define FD_DEV(i)	(FD_BASE + 10 + (i))
#define FD_FAULT(i)	(FD_BASE + 20 + (i))
#define FD_ACCESS(i)	(FD_BASE + 30 + (i))
#define FD_KVM(i)	(FD_BASE + 40 + (i))
#define FD_MISC		(FD_BASE + 50)

#define MAX_EDU		4

/* ---- the call ring (repro.c) ------------------------------------------ */

enum rec_type {
	REC_IOCTL = 1,	/* ioctl(fd, req, scratch arg) */
	REC_OPEN,	/* open(path in aux) to fd */
	REC_CLOSE,	/* close(fd) */
	REC_READ,	/* read(fd, aux, len) */
	REC_WRITE,	/* write(fd, aux bytes, len) */
	REC_PREAD,	/* pread(fd, aux, len, off = req) */
	REC_PWRITE,	/* pwrite(fd, aux bytes, len, off = req) */
	REC_POLL,	/* poll(fd, POLLIN, 0) */
	REC_MMAP,	/* mmap(addr, len, RW, anon|fixed, flags in req) */
	REC_MUNMAP,	/* munmap(addr, len) */
	REC_MPROTECT,	/* mprotect(addr, len, req) */
	REC_MADVISE,	/* madvise(addr, len, req) */
	REC_FORK,	/* fork: the child writes to [addr, len) and exits;
			 * the parent writes too (req 0: after the fork,
			 * 1: before and after, 2: not at all) and waits */
	REC_KVM_VM,	/* open /dev/kvm, KVM_CREATE_VM to fd */
	REC_EPOCH,	/* start of an epoch (arg: seed) */
	REC_IOCTL_INT,	/* ioctl(fd, req, addr as an integer argument) */
};

#define REC_ARG		256	/* argument bytes kept per record */
#define REC_AUX		512	/* aux bytes kept per record */
#define REC_NAME	28

struct rec {
	_Atomic uint64_t seq;	/* 0: empty; written once filled in */
	uint64_t pending;	/* the seq it gets when published */
	uint32_t epoch;
	uint16_t thread;
	uint16_t type;		/* enum rec_type */
	int32_t fd;
	int32_t ret;		/* return value; INT32_MIN while in flight */
	int32_t err;		/* errno when it failed */
	uint32_t fail_nth;	/* fault injection armed with this, 0: none */
	uint64_t req;		/* ioctl number, offset, prot, advice, flags */
	uint64_t addr, len;	/* memory ops, read/write lengths */
	uint16_t arg_len;	/* bytes of arg[] that matter */
	uint16_t aux_len;	/* bytes of aux[] that matter */
	int16_t out_fd_off;	/* an fd comes back at this offset of arg, or -1 */
	int16_t out_fd;		/* and is moved to this fd number */
	char name[REC_NAME];
	uint8_t arg[REC_ARG];
	uint8_t aux[REC_AUX];
};

/* Shared between supervisor and worker (MAP_SHARED). */
struct shared {
	uint64_t seed;		/* the run's seed */
	uint32_t nrec;		/* ring capacity */
	_Atomic uint64_t next_seq;	/* last sequence number handed out */
	_Atomic uint32_t epoch;		/* the epoch running */
	_Atomic uint64_t epoch_seed;
	_Atomic uint64_t epoch_first_seq;	/* first seq of that epoch */
	_Atomic uint64_t calls;		/* calls issued, all epochs */
	_Atomic uint64_t injected;	/* calls with fault injection armed */
	_Atomic uint64_t epochs_done;
	_Atomic int worker_failed;	/* the worker found a leak itself */
	char why[256];			/* and what */
	_Atomic uint64_t ok;		/* calls that returned >= 0 */
	_Atomic uint64_t err_hist[140];	/* calls that failed, by errno */
	uint32_t nthreads;
	struct rec ring[];
};

extern struct shared *SH;

struct rec *rec_begin(uint16_t thread, uint16_t type, const char *name);
void rec_publish(struct rec *r);
void rec_end(struct rec *r, long ret, int err);
int repro_write(FILE *out, const struct shared *sh, uint32_t epoch,
		uint64_t epoch_seed, const char *why);

/* ---- the resource pool (pool.c) ----------------------------------------- */

enum obj_kind {
	OBJ_IOAS,
	OBJ_HWPT,	/* paging HWPT (automatic or explicit) */
	OBJ_HWPT_NEST_PARENT,
	OBJ_HWPT_NESTED,
	OBJ_DEV,	/* a device ID: edu (bound) or mock (idev) */
	OBJ_STDEV,	/* a mock device's stdev (destroyable) */
	OBJ_FAULT,
	OBJ_ACCESS_PAGES,	/* extra: the access slot */
	OBJ_NKINDS,
};

#define NOBJ 96

struct obj {
	uint32_t id;
	uint8_t kind;
	int8_t ctx;		/* context slot */
	bool alive;
	bool mock;		/* OBJ_DEV / HWPT: belongs to the mock IOMMU */
	int32_t extra;		/* kind-specific, see enum obj_kind */
};

struct mapping {
	int8_t ctx;
	uint32_t ioas;
	uint64_t iova, len;
	uint64_t va;
};

#define NMAP 48

struct edu {
	char bdf[16];
	char path[64];		/* /dev/vfio/devices/vfioN */
	int group;
};

struct devslot {
	bool open;
	int edu;		/* index into pool.edu */
	int bound_ctx;		/* -1 when not bound */
	uint32_t devid;
};

struct pool {
	pthread_mutex_t lock;
	bool ctx_open[NCTX];
	struct devslot dev[NDEVSLOT];
	bool fault_open[NFAULT];
	int8_t fault_ctx[NFAULT];
	bool access_open[NACCESS];
	int8_t access_ctx[NACCESS];
	bool kvm_open[NKVM];
	struct obj obj[NOBJ];
	unsigned int obj_next;
	struct mapping map[NMAP];
	unsigned int map_next;
	struct edu edu[MAX_EDU];
	int nedu;
	bool have_mock;		/* IOMMU_TEST_CMD answers */
	bool have_kvm;		/* /dev/kvm exists */
	bool static_edu;	/* -K: edu devices never move mid-epoch */
};

extern struct pool P;

void pool_reset(void);
void pool_add_obj(uint8_t kind, int ctx, uint32_t id, bool mock, int extra);
void pool_kill_obj(int ctx, uint32_t id);
void pool_kill_ctx(int ctx);
void pool_add_map(int ctx, uint32_t ioas, uint64_t iova, uint64_t len,
		  uint64_t va);
void pool_forget_map(int ctx, uint32_t ioas, uint64_t iova);

struct fz_thread;
uint32_t pick_id(struct fz_thread *t, uint8_t kind, int ctx);
bool pick_obj(struct fz_thread *t, uint8_t kind, int ctx, struct obj *out);
int pick_ctx_fd(struct fz_thread *t, int *ctx);
bool pick_map(struct fz_thread *t, int ctx, struct mapping *out);
int pick_any_fd(struct fz_thread *t);
uint64_t pick_va(struct fz_thread *t, uint64_t *len);
uint64_t pick_iova(struct fz_thread *t);
uint64_t pick_len(struct fz_thread *t);
uint32_t pick_flags(struct fz_thread *t, uint32_t valid);

/* ---- the runner (exec.c) --------------------------------------------------- */

struct fz_thread {
	int index;
	struct rng rng;
	uint8_t *scratch;	/* scratch_addr(index) */
	int nth_fd;		/* /proc/thread-self/fail-nth, -1 without */
	uint64_t calls;
	bool setup;		/* the epoch's setup: no fault injection */
};

struct fz_opts {
	uint64_t seed;
	bool seed_given;
	unsigned int threads;
	unsigned int seconds;
	uint64_t max_calls;	/* 0: no limit */
	unsigned int epoch_calls;
	unsigned int epochs;	/* 0: no limit */
	unsigned int fail_pct;	/* share of ioctls with fault injection */
	unsigned int nrec;
	bool static_edu;	/* -K: avoid the two known VT-d crashes */
	bool cap_len;		/* -L: no lengths above 1 GiB (issue 11 item 2) */
	bool no_attach_inject;	/* -J: no fault injection in edu attaches */
	bool no_edu;
	bool tap;
	bool verbose;
	const char *repro_dir;
	bool repro_always;
};

extern struct fz_opts O;

/* The argument buffer of this thread (zeroed by fz_arg()). */
void *fz_arg(struct fz_thread *t);
void *fz_aux(struct fz_thread *t);

/*
 * Issue ioctl(@fd, @req) on the scratch argument, after recording it
 * (@arg_len bytes of argument, @aux_len bytes of aux).  @size_field: write
 * a corrupted-or-correct size into the first __u32 (see fz_size()) when
 * @min is non-zero.  @inject: fault injection may be armed.  Returns the
 * ioctl's return value (errno in t->err style: -errno).
 */
struct ioc {
	const char *name;
	int fd;
	unsigned long req;
	uint32_t min, full;	/* size rules: 0 leaves the size alone */
	uint32_t aux_len;
	bool inject;
	int out_fd_off;		/* -1, or where an fd comes back */
	int out_fd;		/* the fd number to move it to */
};

/* An ioctl whose struct is @type, size rules at their defaults. */
#define IOC(n, f, r, type)						\
	(struct ioc){ .name = (n), .fd = (f), .req = (r),		\
		      .min = sizeof(type), .full = sizeof(type),	\
		      .inject = true, .out_fd_off = -1 }

long fz_ioctl(struct fz_thread *t, const struct ioc *c);
extern _Thread_local const char *fz_current_call;
uint32_t fz_size(struct fz_thread *t, uint32_t min, uint32_t full,
		 uint32_t *arg_len);
long fz_simple(struct fz_thread *t, uint16_t type, const char *name, int fd,
	       uint64_t req, uint64_t addr, uint64_t len, const void *data,
	       uint32_t data_len);
int fz_open(struct fz_thread *t, const char *name, const char *path, int fd);
int fz_kvm_vm(struct fz_thread *t, int fd);
void fz_close(struct fz_thread *t, int fd);

/* ---- the call table (calls_*.c) ------------------------------------------ */

struct call_desc {
	const char *name;
	unsigned int weight;
	void (*fn)(struct fz_thread *t);
};

extern const struct call_desc calls_ioas[], calls_mock[], calls_dev[],
	calls_misc[];
extern const size_t ncalls_ioas, ncalls_mock, ncalls_dev, ncalls_misc;
extern const struct call_desc calls_compat[];
extern const size_t ncalls_compat;

void calls_init(void);
void call_one(struct fz_thread *t);
void world_setup(struct fz_thread *t);

/* Helpers shared by the call files. */
int fz_free_slot(bool *open, int n, struct fz_thread *t);
uint32_t fz_reserved(struct fz_thread *t);
void do_open_ctx(struct fz_thread *t, int slot);
void do_open_dev(struct fz_thread *t, int slot, int edu);
void do_bind(struct fz_thread *t, int slot, int ctx, bool valid);
void do_attach(struct fz_thread *t, int slot, uint32_t pt, bool valid);
void do_map_region(struct fz_thread *t, int region);

#endif /* IOASID_FUZZ_H */
