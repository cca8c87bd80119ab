// SPDX-License-Identifier: GPL-2.0
/*
 * kvm_test: the KVM handoff (IOASID_KVM_SET / IOASID_KVM_UNSET) with the
 * guest's own KVM (kvm.ko + kvm-amd.ko, nested SVM under TCG).
 *
 *  - layering: ioasidfd.ko does not depend on kvm, the glue module
 *    ioasidfd_kvm.ko depends on both, no module of ours imports a run-time
 *    symbol lookup; the glue is loaded on demand by the first handoff and
 *    can be unloaded once nothing holds a VM;
 *  - the ioctls' argument rules and bad fds (not a KVM fd, a closed fd, the
 *    /dev/kvm system fd, a vCPU fd);
 *  - second handoffs, other VMs, handoff before and after binding;
 *  - what KVM is told: its non-coherent DMA count follows attachments of
 *    an edu device behind the emulated VT-d. Without snoop control (QEMU's
 *    default) the domain cannot enforce coherency and the count is held;
 *    with snoop-control=on (the second boot of make check, which sets
 *    IOASID_VM_SNOOP=on) it can, and the count stays 0;
 *  - lifetimes: the KVM fd, the /dev/ioasid fd and the device fd closed in
 *    all six orders with the device attached: the VM lives until the last
 *    goes (its /sys/kernel/debug/kvm/PID-FD directory), then it is
 *    destroyed and the glue module unloads.
 *
 * Skips (exit 4, KSFT_SKIP) without /dev/ioasid; tests needing KVM skip without
 * /dev/kvm, those needing an edu without one bound to vfio-pci-ioasid.
 */
#include "fixture.h"
#include "ioasidfd_kvm_test.h"

#include <dirent.h>
#include <sys/utsname.h>

#define GLUE		"ioasidfd_kvm"
#define BUF_IOVA	0x100000ull
#define NPAGES		2

/* The VM exists as long as KVM keeps its debugfs directory. */
static bool vm_alive(const struct t_kvm_vm *vm)
{
	return access(vm->dir, F_OK) == 0;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

static bool glue_loaded(void)
{
	char line[256];
	bool found = false;
	FILE *f = fopen("/proc/modules", "r");

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = !strncmp(line, GLUE " ", strlen(GLUE) + 1);
	fclose(f);
	return found;
}

static int glue_unload(void)
{
	return syscall(SYS_delete_module, GLUE, O_NONBLOCK) ? -errno : 0;
}

static int kvm_set_sized(int fd, int kvm_fd, uint32_t flags, uint32_t rsvd,
			 uint32_t size, bool dirty)
{
	struct ioasid_kvm_set cmd = {
		.flags = flags,
		.kvm_fd = kvm_fd,
		.__reserved = rsvd,
	};

	return raw_ioctl_sized(fd, IOASID_KVM_SET, &cmd, sizeof(cmd), size,
			       dirty);
}

static int kvm_unset_sized(int fd, uint32_t flags, uint32_t size, bool dirty)
{
	struct ioasid_kvm_unset cmd = { .flags = flags };

	return raw_ioctl_sized(fd, IOASID_KVM_UNSET, &cmd, sizeof(cmd), size,
			       dirty);
}

static int kvm_query(int fd, struct ioasid_kvm_test_query *q)
{
	memset(q, 0, sizeof(*q));
	q->size = sizeof(*q);
	return raw_ioctl(fd, IOASID_KVM_TEST_QUERY, q);
}

/* 1 without snoop control (QEMU's default), 0 with snoop-control=on. */
static unsigned int expected_noncoherent(void)
{
	const char *s = getenv("IOASID_VM_SNOOP");

	return s && !strcmp(s, "on") ? 0 : 1;
}

static const char *snoop_name(void)
{
	return expected_noncoherent() ? "snoop-control=off" : "snoop-control=on";
}

/* The context's view and KVM's, checked together. */
#define ASSERT_KVM_STATE(fd, ctx_nc, vm_nc, users)			\
	do {								\
		struct ioasid_kvm_test_query __q;			\
		ASSERT_OK(kvm_query(fd, &__q));				\
		EXPECT_EQ((ctx_nc), __q.out_ctx_noncoherent);		\
		EXPECT_EQ((vm_nc) != 0, __q.out_ctx_holds);		\
		EXPECT_EQ((vm_nc), __q.out_vm_noncoherent);		\
		EXPECT_EQ((users), __q.out_vm_users);			\
	} while (0)

/* ---- layering ------------------------------------------------------------ */

static int read_file(const char *path, char **out, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	ssize_t r;
	int fd;

	if (!buf)
		return -ENOMEM;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		free(buf);
		return -errno;
	}
	while ((r = read(fd, buf + n, cap - n)) > 0) {
		n += r;
		if (n == cap) {
			char *bigger = realloc(buf, 2 * cap + 1);

			if (!bigger) {
				r = -1;
				break;
			}
			buf = bigger;
			cap *= 2;
		}
	}
	close(fd);
	if (r < 0) {
		free(buf);
		return -EIO;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* The dependency list modules.dep gives for MODULE.ko, or NULL. */
static char *module_deps(const char *deps_file, const char *module)
{
	char *line = NULL, *res = NULL, want[64];
	size_t cap = 0;
	FILE *f = fopen(deps_file, "r");

	if (!f)
		return NULL;
	snprintf(want, sizeof(want), "/%s.ko:", module);
	while (!res && getline(&line, &cap, f) > 0) {
		char *colon = strstr(line, want);

		if (colon)
			res = strdup(colon + strlen(want));
	}
	free(line);
	fclose(f);
	return res;
}

TEST(ioasidfd_does_not_depend_on_kvm)
{
	char deps_file[160];
	struct utsname u;
	char *core, *glue;

	ASSERT_OK(uname(&u));
	snprintf(deps_file, sizeof(deps_file), "/lib/modules/%s/modules.dep",
		 u.release);
	core = module_deps(deps_file, "ioasidfd");
	glue = module_deps(deps_file, GLUE);
	if (!core || !glue) {
		free(core);
		free(glue);
		SKIP(return, "%s does not list ioasidfd.ko and %s.ko",
		     deps_file, GLUE);
	}
	TH_LOG("ioasidfd.ko needs:%s", core);
	TH_LOG("%s.ko needs:%s", GLUE, glue);
	EXPECT_EQ(NULL, strstr(core, "kvm"));
	EXPECT_NE(NULL, strstr(glue, "/kvm.ko"));
	EXPECT_NE(NULL, strstr(glue, "/ioasidfd.ko"));
	free(core);
	free(glue);
}

/* No module of ours imports the kernel's run-time symbol lookup. */
TEST(no_runtime_symbol_lookup_in_our_modules)
{
	/*
	 * The import names, put together at run time so that neither this
	 * source nor its binary spells them out (grep finds no false hit).
	 */
	static const char *const suffixes[] = { "get", "put" };
	char names[2][32];
	char dir[160], path[480];
	struct utsname u;
	struct dirent *de;
	int checked = 0;
	DIR *d;

	for (size_t i = 0; i < 2; i++) {
		volatile char sep = '_';

		snprintf(names[i], sizeof(names[i]), "__symbol%c%s", sep,
			 suffixes[i]);
	}
	ASSERT_OK(uname(&u));
	snprintf(dir, sizeof(dir), "/lib/modules/%s/extra", u.release);
	d = opendir(dir);
	if (!d)
		SKIP(return, "no %s", dir);
	while ((de = readdir(d))) {
		size_t len = 0, i;
		char *buf = NULL;

		if (!strstr(de->d_name, ".ko"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		ASSERT_OK(read_file(path, &buf, &len));
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			EXPECT_EQ(NULL, memmem(buf, len, names[i],
					       strlen(names[i]) + 1))
				TH_LOG("%s imports %s", de->d_name, names[i]);
		free(buf);
		checked++;
	}
	closedir(d);
	TH_LOG("checked %d module(s) in %s", checked, dir);
	EXPECT_LE(3, checked);
}

/* ---- the ioctls without devices -------------------------------------------- */

FIXTURE(kvm)
{
	T_IOAS(io);		/* the context only, no IOAS */
	struct t_kvm_vm vm;
};

FIXTURE_SETUP(kvm)
{
	if (!t_kvm_vm_setup(&self->vm))
		return;
	t_ioas_setup_flags(&self->io, 0, T_NO_IOAS);
}

FIXTURE_TEARDOWN(kvm)
{
	t_ioas_teardown(&self->io);
	t_kvm_vm_teardown(&self->vm);
}

#define KVM_TEST(name) TEST_F_SKIPPABLE(kvm, name, 60)

KVM_TEST(struct_rules)
{
	EXPECT_ERRNO(EINVAL, kvm_set_sized(self->fd, self->vm.fd, 0, 0, 12,
					   false));
	EXPECT_ERRNO(EOPNOTSUPP, kvm_set_sized(self->fd, self->vm.fd, 1, 0,
					       16, false));
	EXPECT_ERRNO(EOPNOTSUPP, kvm_set_sized(self->fd, self->vm.fd,
					       1u << 31, 0, 16, false));
	EXPECT_ERRNO(EOPNOTSUPP, kvm_set_sized(self->fd, self->vm.fd, 0, 1,
					       16, false));
	EXPECT_ERRNO(E2BIG, kvm_set_sized(self->fd, self->vm.fd, 0, 0, 24,
					  true));
	/* Nothing was taken by any of those. */
	EXPECT_ERRNO(ENOENT, raw_ioctl(self->fd, IOASID_KVM_TEST_QUERY,
				       &(struct ioasid_kvm_test_query){
					       .size = 24 }));
	/* A longer struct with a zero tail is fine. */
	EXPECT_OK(kvm_set_sized(self->fd, self->vm.fd, 0, 0, 24, false));

	EXPECT_ERRNO(EINVAL, kvm_unset_sized(self->fd, 0, 4, false));
	EXPECT_ERRNO(EOPNOTSUPP, kvm_unset_sized(self->fd, 1, 8, false));
	EXPECT_ERRNO(E2BIG, kvm_unset_sized(self->fd, 0, 16, true));
	/* Still held after the failed drops. */
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
	EXPECT_OK(kvm_unset_sized(self->fd, 0, 16, false));
	EXPECT_ERRNO(ENOENT, raw_ioctl(self->fd, IOASID_KVM_TEST_QUERY,
				       &(struct ioasid_kvm_test_query){
					       .size = 24 }));
}

KVM_TEST(bad_fds)
{
	struct ioasid_kvm_test_query q = { .size = sizeof(q) };
	int closed, null, sys, vcpu;

	EXPECT_ERRNO(EBADF, ioasid_kvm_handoff(self->fd, -1));

	closed = open("/dev/null", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, closed);
	close(closed);
	EXPECT_ERRNO(EBADF, ioasid_kvm_handoff(self->fd, closed));

	null = open("/dev/null", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, null);
	EXPECT_ERRNO(EINVAL, ioasid_kvm_handoff(self->fd, null));
	close(null);

	/* Itself, another /dev/ioasid fd. */
	EXPECT_ERRNO(EINVAL, ioasid_kvm_handoff(self->fd, self->fd));

	/* The KVM system fd is a KVM file but not a VM. */
	sys = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, sys);
	EXPECT_ERRNO(EINVAL, ioasid_kvm_handoff(self->fd, sys));
	close(sys);

	/* Nor is a vCPU of the VM. */
	vcpu = ioctl(self->vm.fd, KVM_CREATE_VCPU, 0);
	ASSERT_LE(0, vcpu) TH_LOG("KVM_CREATE_VCPU: %s", strerror(errno));
	EXPECT_ERRNO(EINVAL, ioasid_kvm_handoff(self->fd, vcpu));
	close(vcpu);

	/* None of them left anything held. */
	EXPECT_ERRNO(ENOENT, raw_ioctl(self->fd, IOASID_KVM_TEST_QUERY, &q));
	EXPECT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
}

KVM_TEST(second_handoff_and_other_vm)
{
	struct t_kvm_vm other;

	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	/* The VM fd and the context. */
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);

	/* The same VM again, even through another fd: no second reference. */
	EXPECT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	{
		int dupfd = dup(self->vm.fd);

		ASSERT_LE(0, dupfd);
		EXPECT_OK(ioasid_kvm_handoff(self->fd, dupfd));
		close(dupfd);
	}
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);

	ASSERT_OK(t_kvm_vm_create(&other));
	EXPECT_ERRNO(EBUSY, ioasid_kvm_handoff(self->fd, other.fd));
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);

	/* Drop, drop again (no-op), then the other VM is welcome. */
	EXPECT_OK(ioasid_kvm_drop(self->fd));
	EXPECT_OK(ioasid_kvm_drop(self->fd));
	EXPECT_OK(ioasid_kvm_handoff(self->fd, other.fd));
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);

	/* The context keeps the VM after its fd is closed. */
	close(other.fd);
	EXPECT_TRUE(vm_alive(&other));
	ASSERT_KVM_STATE(self->fd, 0, 0, 1);
	EXPECT_OK(ioasid_kvm_drop(self->fd));
	EXPECT_FALSE(vm_alive(&other));
}

/* The first handoff loads the glue; it unloads once no VM is held. */
KVM_TEST(glue_loads_on_demand_and_unloads)
{
	if (glue_loaded()) {
		ASSERT_OK(glue_unload())
			TH_LOG("%s is loaded and busy before the test", GLUE);
	}
	ASSERT_FALSE(glue_loaded());

	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	EXPECT_TRUE(glue_loaded());
	/* In use: it cannot go. */
	EXPECT_NE(0, glue_unload());
	EXPECT_TRUE(glue_loaded());

	EXPECT_OK(ioasid_kvm_drop(self->fd));
	EXPECT_OK(glue_unload());
	EXPECT_FALSE(glue_loaded());

	/* And again, released by closing the context this time. */
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	EXPECT_TRUE(glue_loaded());
	close_fd(&self->fd);
	EXPECT_TRUE(vm_alive(&self->vm));
	EXPECT_OK(glue_unload());
}

/* ---- with an edu device ---------------------------------------------------- */

FIXTURE(kvm_edu)
{
	T_IOAS(io);		/* buf: NPAGES pages at BUF_IOVA */
	T_EDU(edu);		/* picked; the tests bind it */
	struct t_kvm_vm vm;
};

FIXTURE_SETUP(kvm_edu)
{
	if (!t_kvm_vm_setup(&self->vm) ||
	    !t_edu_pick(&self->edu, 1, EDU_STANDALONE))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	TH_LOG("VT-d %s: expecting a non-coherent DMA count of %u",
	       snoop_name(), expected_noncoherent());
}

FIXTURE_TEARDOWN(kvm_edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
	t_kvm_vm_teardown(&self->vm);
}

#define KVM_EDU_TEST(name) TEST_F_SKIPPABLE(kvm_edu, name, DEVICE_TEST_TIMEOUT)

KVM_EDU_TEST(noncoherent_count_follows_attach)
{
	unsigned int nc = expected_noncoherent();
	struct edu_bar bar;
	uint32_t devid, pt = self->ioas;

	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	/* Bound after the handoff: the device holds the VM too. */
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, &devid, NULL);
	ASSERT_KVM_STATE(self->fd, 0, 0, 3);

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);

	/* DMA works either way. */
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	dma_roundtrip(&bar, self->buf, BUF_IOVA, self->buf + self->page,
		      BUF_IOVA + self->page, 256, 7);

	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	ASSERT_KVM_STATE(self->fd, 0, 0, 3);
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);
	/* Re-attaching to the same place changes nothing. */
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);

	/* Dropping the VM drops its count; the device keeps its reference. */
	ASSERT_OK(ioasid_kvm_drop(self->fd));
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	/* Handed over while attached: counted at once. */
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);

	edu_bar_close(&bar);
	/* Unbinding detaches: the count and the device's reference go. */
	close_fd(&self->devfd);
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
}

KVM_EDU_TEST(device_bound_before_handoff_does_not_hold_the_vm)
{
	unsigned int nc = expected_noncoherent();
	uint32_t devid, pt = self->ioas;

	self->devfd = open_bind_attach(self->dev.bdf, self->fd, &devid, &pt);
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	/* Only the VM fd and the context; the attachment counts all the same. */
	ASSERT_KVM_STATE(self->fd, nc, nc, 2);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
	close_fd(&self->devfd);
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
}

/* Two contexts on one VM each hold their own count. */
KVM_EDU_TEST(two_contexts_share_a_vm)
{
	unsigned int nc = expected_noncoherent();
	struct edu_pci_dev devs[2];
	uint32_t devid, pt, ioas2;
	int fd2, devfd2;

	if (pick_edus(EDU_STANDALONE, devs, 2) < 2)
		SKIP(return, "needs two edu devices alone in their groups");
	fd2 = ioasid_open();
	ASSERT_LE(0, fd2);
	ASSERT_OK(ioasid_ioas_alloc(fd2, &ioas2));
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	ASSERT_OK(ioasid_kvm_handoff(fd2, self->vm.fd));

	pt = self->ioas;
	self->devfd = open_bind_attach(devs[0].bdf, self->fd, &devid, &pt);
	pt = ioas2;
	devfd2 = open_bind_attach(devs[1].bdf, fd2, &devid, &pt);
	/* VM fd, two contexts, two devices. */
	ASSERT_KVM_STATE(self->fd, nc, 2 * nc, 5);
	ASSERT_KVM_STATE(fd2, nc, 2 * nc, 5);

	/*
	 * Dropped while its device is attached: the first context's count
	 * goes from the VM, its reference too; its device keeps its own.
	 */
	ASSERT_OK(ioasid_kvm_drop(self->fd));
	ASSERT_KVM_STATE(fd2, nc, nc, 4);
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	ASSERT_KVM_STATE(fd2, nc, 2 * nc, 5);

	close(devfd2);
	ASSERT_KVM_STATE(self->fd, nc, nc, 4);
	close(fd2);
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);
	close_fd(&self->devfd);
	ASSERT_KVM_STATE(self->fd, 0, 0, 2);
}

/* ---- lifetimes: every close order ------------------------------------------ */

FIXTURE(close_order)
{
	T_IOAS(io);		/* the context only, no IOAS */
	T_EDU(edu);		/* picked; the tests bind it */
	struct t_kvm_vm vm;
};

FIXTURE_VARIANT(close_order)
{
	/* k: the KVM VM fd, i: the /dev/ioasid fd, d: the device fd */
	const char *order;
};

FIXTURE_VARIANT_ADD(close_order, kvm_ioasid_device) { .order = "kid" };
FIXTURE_VARIANT_ADD(close_order, kvm_device_ioasid) { .order = "kdi" };
FIXTURE_VARIANT_ADD(close_order, ioasid_kvm_device) { .order = "ikd" };
FIXTURE_VARIANT_ADD(close_order, ioasid_device_kvm) { .order = "idk" };
FIXTURE_VARIANT_ADD(close_order, device_kvm_ioasid) { .order = "dki" };
FIXTURE_VARIANT_ADD(close_order, device_ioasid_kvm) { .order = "dik" };

FIXTURE_SETUP(close_order)
{
	if (!t_kvm_vm_setup(&self->vm) ||
	    !t_edu_pick(&self->edu, 1, EDU_STANDALONE))
		return;
	t_ioas_setup_flags(&self->io, 0, T_NO_IOAS);
}

FIXTURE_TEARDOWN(close_order)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
	t_kvm_vm_teardown(&self->vm);
}

TEST_F_SKIPPABLE(close_order, vm_lives_until_the_last_fd, DEVICE_TEST_TIMEOUT)
{
	unsigned int nc = expected_noncoherent();
	uint32_t devid, ioas, pt;
	int i;

	ASSERT_OK(ioasid_ioas_alloc(self->fd, &ioas));
	ASSERT_OK(ioasid_kvm_handoff(self->fd, self->vm.fd));
	pt = ioas;
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, &devid, &pt);
	ASSERT_KVM_STATE(self->fd, nc, nc, 3);
	ASSERT_TRUE(glue_loaded());

	for (i = 0; i < 3; i++) {
		switch (variant->order[i]) {
		case 'k':
			close_fd(&self->vm.fd);
			break;
		case 'i':
			close_fd(&self->fd);
			break;
		case 'd':
			close_fd(&self->devfd);
			break;
		}
		if (i < 2) {
			ASSERT_TRUE(vm_alive(&self->vm))
				TH_LOG("VM destroyed after closing '%c'",
				       variant->order[i]);
			EXPECT_TRUE(glue_loaded());
		} else {
			ASSERT_FALSE(vm_alive(&self->vm))
				TH_LOG("VM still there after every fd closed");
		}
	}
	/* Nothing else may hold the glue module once all is closed. */
	EXPECT_OK(glue_unload());
	EXPECT_FALSE(glue_loaded());
}

IOASIDFD_ONLY_TEST_MAIN("the KVM handoff (IOASID_KVM_SET and IOASID_KVM_UNSET)")
