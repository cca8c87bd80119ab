/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Set-up and teardown pieces the selftests' fixtures share.
 *
 * Each test file keeps its own FIXTURE struct (kselftest style) and builds
 * it from these pieces:
 *
 *   struct t_ioas     a /dev/ioasid context, one IOAS and a page buffer
 *   struct t_edu      an edu device: picked, opened, bound, attached, BAR0
 *   t_mock_domains()  mock devices on an IOAS (test builds of ioasidfd.ko)
 *   struct t_kvm_vm   a VM of the guest's own KVM
 *
 * The rules every piece follows:
 *  - *_setup() needs _metadata (it is a macro over __*_setup()) and ASSERTs
 *    what must work. A piece that needs something the VM may lack (an edu
 *    of some kind, the mock IOMMU, KVM) SKIPs with the reason and returns
 *    false: the fixture's FIXTURE_SETUP then returns at once, and its tests
 *    are declared with TEST_F_SKIPPABLE so that their bodies do not run.
 *  - *_teardown() undoes what the set-up did and nothing else. It is safe
 *    on a piece whose set-up never ran (the harness zeroes the fixture, and
 *    a set-up may SKIP before reaching a piece), and on fds a test body
 *    closed itself, provided it set them to -1.
 *  - The fixture embeds a piece with T_IOAS()/T_EDU(): the piece's fields
 *    are then also the fixture's own (self->fd, self->devfd, ...), as with
 *    the kernel's struct_group(), so test bodies read as before, while the
 *    helpers take the piece as a whole (&self->io, &self->edu).
 */
#ifndef IOASID_SELFTEST_FIXTURE_H
#define IOASID_SELFTEST_FIXTURE_H

#include "mock_utils.h"

/* ---- a context with one IOAS ------------------------------------------ */

#define T_IOAS_MEMBERS							\
	bool io_live;		/* set-up ran: teardown has work */	\
	int fd;			/* /dev/ioasid, -1 once closed */	\
	uint32_t ioas;							\
	size_t page;		/* page_size() */			\
	uint8_t *buf;		/* npages zeroed pages, or NULL */	\
	size_t npages;

struct t_ioas {
	T_IOAS_MEMBERS
};

/* A struct t_ioas called @name whose fields are also the fixture's own. */
#define T_IOAS(name)							\
	union {								\
		struct t_ioas name;					\
		struct { T_IOAS_MEMBERS };				\
	}

/* t_ioas_setup_flags(): */
#define T_SMALL_PAGES	0x1	/* buf in small pages (mock_alloc()) */
#define T_NO_IOAS	0x2	/* no IOAS: the tests allocate it */

/*
 * Open /dev/ioasid, allocate an IOAS (unless T_NO_IOAS) and @npages pages
 * of anonymous memory (none when 0). Nothing is mapped.
 */
static inline void __t_ioas_setup(struct __test_metadata *_metadata,
				  struct t_ioas *t, size_t npages,
				  unsigned int flags)
{
	t->io_live = true;
	t->page = page_size();
	t->npages = npages;
	t->fd = ioasid_open();
	ASSERT_LE(0, t->fd) TH_LOG("open %s: %s", IOASID_DEV,
				   strerror(-t->fd));
	if (!(flags & T_NO_IOAS))
		ASSERT_OK(ioasid_ioas_alloc(t->fd, &t->ioas));
	if (!npages)
		return;
	t->buf = (flags & T_SMALL_PAGES) ? mock_alloc(npages) :
					   alloc_pages(npages);
	ASSERT_NE(NULL, t->buf);
}
#define t_ioas_setup(t, npages)	__t_ioas_setup(_metadata, t, npages, 0)
#define t_ioas_setup_flags(t, npages, flags)				\
	__t_ioas_setup(_metadata, t, npages, flags)

/* Map the whole buffer at @iova (fixed, read and write); asserts. */
#define t_ioas_map_buf(t, iova)						\
	test_map_fixed((t)->fd, (t)->ioas, (t)->buf,			\
		       (t)->npages * (t)->page, iova)

static inline void t_ioas_teardown(struct t_ioas *t)
{
	if (!t->io_live)
		return;
	if (t->fd >= 0)
		close(t->fd);
	free_pages(t->buf, t->npages);
	t->io_live = false;
}

/* ---- an edu device ---------------------------------------------------- */

#define T_EDU_MEMBERS							\
	bool edu_live;		/* picked: teardown has work */		\
	struct edu_pci_dev dev;	/* its address, group and driver */	\
	int devfd;		/* its VFIO cdev, -1 when not open */	\
	uint32_t devid;		/* once bound */			\
	uint32_t hwpt;		/* once attached: the HWPT it is on */	\
	struct edu_bar bar;						\
	bool bar_open;		/* @bar is mapped */

struct t_edu {
	T_EDU_MEMBERS
};

/* A struct t_edu called @name whose fields are also the fixture's own. */
#define T_EDU(name)							\
	union {								\
		struct t_edu name;					\
		struct { T_EDU_MEMBERS };				\
	}

/*
 * Pick @n edu devices of @kind into @e[0..n) (for the tests that need a
 * pair, several of a kind behind a bridge come from one group); nothing is
 * opened. SKIPs and returns false when the VM has fewer.
 */
static inline bool __t_edu_pick(struct __test_metadata *_metadata,
				struct t_edu *e, int n, enum edu_pick kind)
{
	struct edu_pci_dev dev[4];
	int i;

	ASSERT_GE(4, n);
	for (i = 0; i < n; i++) {
		e[i].edu_live = true;
		e[i].devfd = -1;
	}
	if (pick_edus(kind, dev, n) < n) {
		if (n == 1)
			SKIP(return false, "needs %s", edu_pick_name(kind));
		SKIP(return false, "needs %d of %s", n, edu_pick_name(kind));
	}
	for (i = 0; i < n; i++)
		e[i].dev = dev[i];
	return true;
}
#define t_edu_pick(e, n, kind)	__t_edu_pick(_metadata, e, n, kind)

/* Open the picked device's VFIO cdev (not bound). */
static inline void __t_edu_open(struct __test_metadata *_metadata,
				struct t_edu *e)
{
	e->devfd = ioasid_vfio_open_pci(e->dev.bdf);
	ASSERT_LE(0, e->devfd) TH_LOG("open %s: %s", e->dev.bdf,
				      strerror(-e->devfd));
}
#define t_edu_open(e)		__t_edu_open(_metadata, e)

/*
 * Open the picked device (unless open), bind it to the context @iofd and,
 * when @pt is not 0, attach it to @pt (IOAS or HWPT; e->hwpt is then the
 * HWPT it went on).
 */
static inline void __t_edu_bind(struct __test_metadata *_metadata,
				struct t_edu *e, int iofd, uint32_t pt)
{
	if (e->devfd < 0)
		__t_edu_open(_metadata, e);
	ASSERT_OK(ioasid_vfio_bind(e->devfd, iofd, &e->devid));
	if (!pt)
		return;
	e->hwpt = pt;
	ASSERT_OK(ioasid_vfio_attach(e->devfd, &e->hwpt));
}
#define t_edu_bind(e, iofd, pt)	__t_edu_bind(_metadata, e, iofd, pt)

/* Map BAR0 of the bound device, ready for DMA. */
static inline void __t_edu_bar_open(struct __test_metadata *_metadata,
				    struct t_edu *e)
{
	ASSERT_OK(edu_bar_open(&e->bar, e->devfd));
	e->bar_open = true;
}
#define t_edu_bar_open(e)	__t_edu_bar_open(_metadata, e)

/*
 * The usual whole: pick one edu of @kind, bind it to @iofd, attach it to
 * @pt unless that is 0, and map its BAR0 when @bar. False (after a SKIP)
 * when the VM has no such edu.
 */
static inline bool __t_edu_setup(struct __test_metadata *_metadata,
				 struct t_edu *e, enum edu_pick kind,
				 int iofd, uint32_t pt, bool bar)
{
	if (!__t_edu_pick(_metadata, e, 1, kind))
		return false;
	__t_edu_bind(_metadata, e, iofd, pt);
	if (bar)
		__t_edu_bar_open(_metadata, e);
	return true;
}
#define t_edu_setup(e, kind, iofd, pt, bar)				\
	__t_edu_setup(_metadata, e, kind, iofd, pt, bar)

static inline void t_edu_teardown(struct t_edu *e)
{
	if (!e->edu_live)
		return;
	if (e->bar_open)
		edu_bar_close(&e->bar);
	e->bar_open = false;
	if (e->devfd >= 0)
		close(e->devfd);
	e->devfd = -1;
	e->edu_live = false;
}

/* ---- mock devices ----------------------------------------------------- */

/*
 * Whether the mock IOMMU can be used through @fd (see mock_unusable():
 * ioasidfd.ko is a test build, or upstream's mock can create devices).
 * For the files that mix mock and real-device tests; the mock-only ones
 * skip as a whole through MOCK_TEST_MAIN.
 */
static inline bool t_have_mock(int fd)
{
	return !mock_unusable(fd);
}

/* SKIP and return false unless the context @fd has a usable mock IOMMU. */
static inline bool __t_need_mock(struct __test_metadata *_metadata, int fd)
{
	const char *why = mock_unusable(fd);

	if (why)
		SKIP(return false, "%s", why);
	return true;
}
#define t_need_mock(fd)		__t_need_mock(_metadata, fd)

/* The same, and the mock must have @needs too (mock_lacks()). */
static inline bool __t_need_mock_with(struct __test_metadata *_metadata,
				      int fd, unsigned int needs)
{
	const char *why = mock_unusable(fd);

	if (!why)
		why = mock_lacks(fd, needs);
	if (why)
		SKIP(return false, "%s", why);
	return true;
}
#define t_need_mock_with(fd, needs)	__t_need_mock_with(_metadata, fd, needs)

/*
 * @n mock devices on the IOAS @ioas: @stdev, @hwpt and @idev (each @n
 * entries; @idev may be NULL) get their ids. Compatible mock devices share
 * an IOAS's automatic HWPT, so with two the second is moved to a paging
 * HWPT of its own: two domains, as two different IOMMUs would give.
 */
static inline void __t_mock_domains(struct __test_metadata *_metadata,
				    int fd, uint32_t ioas, unsigned int n,
				    uint32_t *stdev, uint32_t *hwpt,
				    uint32_t *idev)
{
	uint32_t last_idev = 0;
	unsigned int i;

	ASSERT_GE(2U, n);
	for (i = 0; i < n; i++) {
		ASSERT_OK(raw_mock_domain(fd, ioas, &stdev[i], &hwpt[i],
					  &last_idev));
		if (idev)
			idev[i] = last_idev;
	}
	if (n < 2)
		return;
	ASSERT_OK(ioasid_hwpt_alloc(fd, last_idev, ioas, 0, &hwpt[1]));
	ASSERT_OK(raw_mock_domain_replace(fd, stdev[1], &hwpt[1]));
	ASSERT_NE(hwpt[0], hwpt[1]);
}
#define t_mock_domains(fd, ioas, n, stdev, hwpt, idev)			\
	__t_mock_domains(_metadata, fd, ioas, n, stdev, hwpt, idev)

/* ---- a KVM VM --------------------------------------------------------- */

struct t_kvm_vm {
	bool live;		/* set-up ran: teardown has work */
	int fd;			/* the VM fd, -1 once closed */
	char dir[96];		/* its KVM debugfs directory */
};

/*
 * Create a VM of the guest's own KVM into @vm (not asserting): 0, or
 * -errno from opening /dev/kvm or from KVM_CREATE_VM.
 */
static inline int t_kvm_vm_create(struct t_kvm_vm *vm)
{
	int fd = kvm_vm_create();

	vm->live = true;
	vm->fd = -1;
	if (fd < 0)
		return fd;
	vm->fd = fd;
	snprintf(vm->dir, sizeof(vm->dir), "/sys/kernel/debug/kvm/%d-%d",
		 (int)getpid(), fd);
	return 0;
}

/* Create a VM; SKIP and return false when the guest has no KVM. */
static inline bool __t_kvm_vm_setup(struct __test_metadata *_metadata,
				    struct t_kvm_vm *vm)
{
	int rc;

	vm->live = true;
	vm->fd = -1;
	if (access("/dev/kvm", F_OK))
		SKIP(return false, "no /dev/kvm (no guest KVM)");
	rc = t_kvm_vm_create(vm);
	ASSERT_OK(rc) TH_LOG("KVM_CREATE_VM: %s", strerror(-rc));
	return true;
}
#define t_kvm_vm_setup(vm)	__t_kvm_vm_setup(_metadata, vm)

static inline void t_kvm_vm_teardown(struct t_kvm_vm *vm)
{
	if (!vm->live)
		return;
	if (vm->fd >= 0)
		close(vm->fd);
	vm->fd = -1;
	vm->live = false;
}

#endif /* IOASID_SELFTEST_FIXTURE_H */
