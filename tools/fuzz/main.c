// SPDX-License-Identifier: GPL-2.0
/*
 * ioasid-fuzz: the supervisor and the worker (see fuzz.h for the design).
 *
 * usage: ioasid-fuzz [-s SEED] [-t THREADS] [-d SECONDS] [-c CALLS]
 *                    [-e EPOCH_CALLS] [-E EPOCHS] [-f FAIL_PCT] [-n RING]
 *                    [-o DIR] [-K] [-L] [-N] [-R] [-T] [-v]
 *   -s SEED      the run's seed (default: from the clock); printed
 *   -t THREADS   threads per epoch (default 2, at most 8)
 *   -d SECONDS   run time (default 60)
 *   -c CALLS     stop after about this many calls (default: no limit)
 *   -e N         calls per epoch, all threads together (default 1500)
 *   -E N         stop after N epochs (-s X -E 1 replays the epoch whose
 *                seed was printed as X)
 *   -f PCT       arm fault injection (fail-nth) in PCT % of the ioctls
 *   -n N         call records kept for the reproducer (default 2048)
 *   -o DIR       where reproducers go (default /tmp); they are also
 *                printed, each line prefixed "#R "
 *   -K           avoid issue 11's known crashes (items 1 and 7): edu
 *                devices are bound and attached at the start of an epoch
 *                only, and no explicit HWPT is allocated (a HWPT that is
 *                not attached lets mappings outside its aperture through:
 *                BUG on VT-d, WARN in the mock)
 *   -L           no lengths above 1 GiB (issue 11 item 2's kvmalloc WARN)
 *   -J           no fault injection in VFIO_DEVICE_ATTACH_IOMMUFD_PT: a
 *                failed attach of a multi-device group leaves a device in
 *                the domain ioasidfd then frees (WARN in VT-d's domain_exit,
 *                leak; tools/fuzz/findings/README.md)
 *   -N           leave the edu devices alone
 *   -R           write a reproducer of the last epoch even on success
 *   -T           print the verdict as TAP results (for the test VM)
 *   -v           more output
 *
 * Exit status: 0 when nothing was found, 1 when something was (kernel
 * report, leak, worker crash or hang), 2 for usage errors, 4 when there is
 * no /dev/ioasid.
 */
#include "fuzz.h"

#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <linux/capability.h>

struct shared *SH;
struct fz_opts O = {
	.threads = 2, .seconds = 60, .epoch_calls = 1500, .nrec = 2048,
	.repro_dir = "/tmp",
};

#define MEMLOCK_LIMIT	(8ul << 20)

static const char help_text[] =
	"  -s SEED      the run's seed (default: from the clock); printed\n"
	"  -t THREADS   threads per epoch (default 2, at most 8)\n"
	"  -d SECONDS   run time (default 60)\n"
	"  -c CALLS     stop after about this many calls (default: no limit)\n"
	"  -e N         calls per epoch, all threads together (default 1500)\n"
	"  -E N         stop after N epochs (-s X -E 1 replays the epoch whose\n"
	"               seed was printed as X)\n"
	"  -f PCT       arm fault injection (fail-nth) in PCT % of the ioctls\n"
	"  -n N         call records kept for the reproducer (default 2048)\n"
	"  -o DIR       where reproducers go (default /tmp); they are also\n"
	"               printed, each line prefixed \"#R \"\n"
	"  -K           avoid issue 11's known crashes (items 1 and 7): edu\n"
	"               devices are bound and attached at the start of an epoch\n"
	"               only, and no explicit HWPT is allocated (a HWPT that is\n"
	"               not attached lets mappings outside its aperture through:\n"
	"               BUG on VT-d, WARN in the mock)\n"
	"  -L           no lengths above 1 GiB (issue 11 item 2's kvmalloc WARN)\n"
	"  -J           no fault injection in VFIO_DEVICE_ATTACH_IOMMUFD_PT: a\n"
	"               failed attach of a multi-device group leaves a device in\n"
	"               the domain ioasidfd then frees (WARN in VT-d's domain_exit,\n"
	"               leak; tools/fuzz/findings/README.md)\n"
	"  -N           leave the edu devices alone\n"
	"  -R           write a reproducer of the last epoch even on success\n"
	"  -T           print the verdict as TAP results (for the test VM)\n"
	"  -v           more output\n"
	"\n";

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void usage(void)
{
	fprintf(stderr, "usage: ioasid-fuzz [-s SEED] [-t THREADS] [-d SECONDS] [-c CALLS] "
		"[-e EPOCH_CALLS] [-E EPOCHS] [-f FAIL_PCT] [-n RING] [-o DIR] "
		"[-K] [-L] [-N] [-R] [-T] [-v]\n%s", help_text);
	exit(2);
}

/* ---- the worker ------------------------------------------------------- */

/* Pinned pages must be charged: drop CAP_IPC_LOCK; a small memlock limit. */
static void drop_ipc_lock(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	struct rlimit rl = { MEMLOCK_LIMIT, MEMLOCK_LIMIT };

	if (syscall(SYS_capget, &h, d) == 0) {
		d[0].effective &= ~(1u << CAP_IPC_LOCK);
		d[0].permitted &= ~(1u << CAP_IPC_LOCK);
		d[0].inheritable &= ~(1u << CAP_IPC_LOCK);
		syscall(SYS_capset, &h, d);
	}
	setrlimit(RLIMIT_MEMLOCK, &rl);
}

static void find_edus(void)
{
	DIR *d = opendir("/sys/bus/pci/devices");
	struct dirent *e;

	P.nedu = 0;
	if (!d)
		return;
	while ((e = readdir(d)) && P.nedu < MAX_EDU) {
		char path[320], buf[32] = "";
		DIR *v;
		struct dirent *ve;
		FILE *f;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device",
			 e->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (!fgets(buf, sizeof(buf), f))
			buf[0] = 0;
		fclose(f);
		if (strncmp(buf, "0x11e8", 6))
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev",
			 e->d_name);
		v = opendir(path);
		if (!v)
			continue;
		while ((ve = readdir(v)))
			if (!strncmp(ve->d_name, "vfio", 4)) {
				struct edu *edu = &P.edu[P.nedu++];

				snprintf(edu->bdf, sizeof(edu->bdf), "%.15s",
					 e->d_name);
				snprintf(edu->path, sizeof(edu->path),
					 "/dev/vfio/devices/%.40s", ve->d_name);
				break;
			}
		closedir(v);
	}
	closedir(d);
	/* readdir order is not stable: sort by address for reproducibility. */
	for (int i = 0; i < P.nedu; i++)
		for (int j = i + 1; j < P.nedu; j++)
			if (strcmp(P.edu[i].bdf, P.edu[j].bdf) > 0) {
				struct edu tmp = P.edu[i];

				P.edu[i] = P.edu[j];
				P.edu[j] = tmp;
			}
}

static void probe_features(void)
{
	struct iommu_test_cmd cmd = { .size = sizeof(cmd) };
	int fd = open("/dev/ioasid", O_RDWR | O_CLOEXEC);

	P.have_mock = fd >= 0 && ioctl(fd, IOMMU_TEST_CMD, &cmd) &&
		      errno != ENOTTY;
	if (fd >= 0)
		close(fd);
	P.have_kvm = access("/dev/kvm", R_OK | W_OK) == 0;
	if (!O.no_edu)
		find_edus();
	P.static_edu = O.static_edu;
}

/* Set ioasidfd's own fault attribute quiet (the others: tools/vm/init). */
static void quiet_fault_injection(void)
{
	static const char *const knobs[][2] = {
		{ "/sys/kernel/debug/fail_ioasidfd/verbose", "0" },
		{ "/sys/kernel/debug/fail_ioasidfd/probability", "0" },
		{ "/sys/kernel/debug/failslab/verbose", "0" },
		{ "/sys/kernel/debug/fail_page_alloc/verbose", "0" },
		{ "/sys/kernel/debug/fail_usercopy/verbose", "0" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(knobs); i++) {
		int fd = open(knobs[i][0], O_WRONLY | O_CLOEXEC);

		if (fd < 0)
			continue;
		(void)!write(fd, knobs[i][1], strlen(knobs[i][1]));
		close(fd);
	}
}

static void map_arena(void)
{
	int i;

	for (i = 0; i < NREGIONS; i++) {
		void *a = (void *)region_addr(i);
		size_t len = region_size(i);

		munmap(a, len);
		if (mmap(a, len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) ==
		    MAP_FAILED) {
			perror("ioasid-fuzz: mmap arena");
			exit(1);
		}
		if (i == THP_REGION)
			madvise(a, len, MADV_HUGEPAGE);
		memset(a, 0x5a, len);
	}
}

static void map_scratch(void)
{
	int i;

	for (i = 0; i < MAX_THREADS; i++) {
		uint8_t *s = (uint8_t *)scratch_addr(i);

		if (mmap(s, 3 * PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
			 -1, 0) != s) {
			perror("ioasid-fuzz: mmap scratch");
			exit(1);
		}
		mprotect(s + 2 * PAGE, PAGE, PROT_NONE);
	}
}

static _Atomic bool stop;
static double deadline;
static uint64_t per_thread;

static void *thread_main(void *arg)
{
	struct fz_thread *t = arg;

	t->nth_fd = O.fail_pct ? open("/proc/thread-self/fail-nth",
				      O_RDWR | O_CLOEXEC) : -1;
	while (!atomic_load(&stop) && t->calls < per_thread) {
		call_one(t);
		if ((t->calls & 15) == 0 && now() > deadline)
			atomic_store(&stop, true);
		if (O.max_calls && atomic_load(&SH->calls) >= O.max_calls)
			atomic_store(&stop, true);
	}
	if (t->nth_fd >= 0)
		close(t->nth_fd);
	return NULL;
}

static uint64_t status_kb(const char *key)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[128];
	uint64_t v = 0;
	size_t n = strlen(key);

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, n) && line[n] == ':') {
			v = strtoull(line + n + 1, NULL, 10);
			break;
		}
	fclose(f);
	return v;
}

/* Close every fd of the pool in a random order, then anything left. */
static void teardown(struct fz_thread *t)
{
	int fds[64], n = 0, i;

	for (i = 0; i < NCTX; i++)
		fds[n++] = FD_CTX(i);
	for (i = 0; i < NDEVSLOT; i++)
		fds[n++] = FD_DEV(i);
	for (i = 0; i < NFAULT; i++)
		fds[n++] = FD_FAULT(i);
	for (i = 0; i < NACCESS; i++)
		fds[n++] = FD_ACCESS(i);
	for (i = 0; i < NKVM; i++)
		fds[n++] = FD_KVM(i);
	for (i = n - 1; i > 0; i--) {
		int j = (int)rnd(&t->rng, i + 1), tmp = fds[i];

		fds[i] = fds[j];
		fds[j] = tmp;
	}
	for (i = 0; i < n; i++)
		if (fcntl(fds[i], F_GETFD) >= 0)
			fz_close(t, fds[i]);
	close_range(3, ~0u, 0);
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

/* A crash of the fuzzer itself: say where, then die of it. */
static void on_crash(int sig, siginfo_t *si, void *uc)
{
	char buf[200];
	int n = snprintf(buf, sizeof(buf),
			 "# ioasid-fuzz: worker thread got signal %d (code %d, address %p) in %s\n",
			 sig, si->si_code, si->si_addr,
			 fz_current_call ? fz_current_call : "?");

	(void)uc;
	(void)!write(1, buf, n);
	signal(sig, SIG_DFL);
	raise(sig);
}

static int worker_main(void)
{
	struct sigaction sa = { .sa_sigaction = on_crash,
				.sa_flags = SA_SIGINFO | SA_RESETHAND };
	struct fz_thread th[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	double start = now();
	unsigned int e, i;

	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	drop_ipc_lock();
	quiet_fault_injection();
	probe_features();
	map_scratch();
	calls_init();
	printf("# ioasid-fuzz: worker: mock IOMMU %s, KVM %s, %d edu device(s)%s%s%s\n",
	       P.have_mock ? "yes" : "no", P.have_kvm ? "yes" : "no", P.nedu,
	       O.static_edu ? ", edu static (-K)" : "",
	       O.cap_len ? ", lengths capped (-L)" : "",
	       O.no_attach_inject ? ", no injection in edu attaches (-J)" : "");
	fflush(stdout);
	deadline = start + O.seconds;
	per_thread = (O.epoch_calls + O.threads - 1) / O.threads;

	for (e = 0; !O.epochs || e < O.epochs; e++) {
		uint64_t seed = e ? mix64(O.seed, e) : O.seed;
		struct fz_thread setup = { .index = 0, .nth_fd = -1,
					   .setup = true };
		struct rec *r;
		uint64_t pin, lck;

		if (atomic_load(&stop) || now() > deadline)
			break;
		atomic_store(&SH->epoch_first_seq, atomic_load(&SH->next_seq));
		atomic_store(&SH->epoch_seed, seed);
		atomic_store(&SH->epoch, e);
		if (O.verbose)
			printf("# ioasid-fuzz: epoch %u seed %#" PRIx64 "\n", e, seed);
		r = rec_begin(0, REC_EPOCH, "epoch");
		memcpy(r->arg, &seed, sizeof(seed));
		rec_publish(r);
		rec_end(r, 0, 0);

		map_arena();
		pool_reset();
		{
			int null = open("/dev/null", O_RDWR | O_CLOEXEC);

			if (null >= 0 && null != FD_MISC) {
				dup2(null, FD_MISC);
				close(null);
			}
		}
		rng_seed(&setup.rng, mix64(seed, 0));
		setup.scratch = (uint8_t *)scratch_addr(0);
		world_setup(&setup);

		for (i = 0; i < O.threads; i++) {
			th[i] = (struct fz_thread){ .index = (int)i, .nth_fd = -1 };
			rng_seed(&th[i].rng, mix64(seed, i + 1));
			th[i].scratch = (uint8_t *)scratch_addr(i);
			pthread_create(&tid[i], NULL, thread_main, &th[i]);
		}
		for (i = 0; i < O.threads; i++)
			pthread_join(tid[i], NULL);
		teardown(&setup);

		pin = status_kb("VmPin");
		lck = status_kb("VmLck");
		if (pin || lck) {
			snprintf(SH->why, sizeof(SH->why),
				 "epoch %u (seed %#" PRIx64 "): VmPin %" PRIu64
				 " kB, VmLck %" PRIu64 " kB after every fd was closed",
				 e, seed, pin, lck);
			atomic_store(&SH->worker_failed, 1);
			printf("# ioasid-fuzz: LEAK: %s\n", SH->why);
			fflush(stdout);
			return 3;
		}
		atomic_fetch_add(&SH->epochs_done, 1);
	}
	return 0;
}

/* ---- the supervisor --------------------------------------------------- */

/* What a healthy kernel never prints (as tools/vm/results.sh). */
static const char kernel_bad[] =
	"WARNING:|BUG:|Oops|general protection|KASAN:|UBSAN:"
	"|possible circular locking|possible recursive locking|inconsistent lock state"
	"|possible irq lock inversion|held lock freed|lock held when returning to user space"
	"|suspicious RCU usage|sleeping function called from invalid context"
	"|list_(add|del) corruption"
	"|kmemleak: .*suspected memory leak|unreferenced object"
	"|Call Trace|Kernel panic|blocked for more than|soft lockup|hard LOCKUP";

#define MAX_REPORT_LINES 60

struct watch {
	int kmsg;
	regex_t bad;
	int nlines;
	char lines[MAX_REPORT_LINES][200];
	double first_bad;
};

/* Read what the kernel logged since last time; true when it is bad. */
static bool watch_kmsg(struct watch *w)
{
	char buf[2048];
	bool bad = false;

	if (w->kmsg < 0)
		return false;
	for (;;) {
		ssize_t n = read(w->kmsg, buf, sizeof(buf) - 1);
		char *msg, *nl;

		if (n < 0 && errno == EPIPE)
			continue;	/* overrun: records were lost */
		if (n <= 0)
			break;
		buf[n] = 0;
		msg = strchr(buf, ';');
		msg = msg ? msg + 1 : buf;
		nl = strchr(msg, '\n');
		if (nl)
			*nl = 0;
		if (!regexec(&w->bad, msg, 0, NULL, 0)) {
			bad = true;
			if (!w->first_bad)
				w->first_bad = now();
		}
		if (w->first_bad && w->nlines < MAX_REPORT_LINES)
			snprintf(w->lines[w->nlines++], sizeof(w->lines[0]),
				 "%.199s", msg);
	}
	return bad;
}

static void write_repro(uint32_t epoch, uint64_t epoch_seed, const char *why)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/ioasid-fuzz-repro-%" PRIx64 "-e%u.c",
		 O.repro_dir, SH->seed, epoch);
	f = fopen(path, "w");
	if (f) {
		repro_write(f, SH, epoch, epoch_seed, why);
		fclose(f);
	}
	printf("# ioasid-fuzz: reproducer begin %s\n", path);
	{
		char *text = NULL, *line, *nl;
		size_t len = 0;
		FILE *m = open_memstream(&text, &len);

		/* Every line, empty ones too, prefixed for the host to pick. */
		if (m) {
			repro_write(m, SH, epoch, epoch_seed, why);
			fclose(m);
			for (line = text; line && *line; line = nl ? nl + 1 : NULL) {
				nl = strchr(line, '\n');
				printf("#R %.*s\n", nl ? (int)(nl - line) : (int)strlen(line),
				       line);
			}
			free(text);
		}
	}
	printf("# ioasid-fuzz: reproducer end %s\n", path);
	fflush(stdout);
}

/*
 * After every fd is gone, a fresh process without CAP_IPC_LOCK can pin
 * exactly its RLIMIT_MEMLOCK and not one page more: nothing of the run is
 * still charged to the user.  Pages are pinned only for a domain (as
 * upstream), so the probe's IOAS gets a mock one first.  0 when so, else
 * why not.
 */
static int memlock_probe(char *why, size_t len)
{
	int pfd[2], status;
	pid_t pid;

	if (pipe(pfd))
		return -1;
	pid = fork();
	if (pid == 0) {
		struct iommu_ioas_alloc a = { .size = sizeof(a) };
		struct iommu_ioas_map m = { .size = sizeof(m) };
		struct iommu_test_cmd d = { .size = sizeof(d),
					    .op = IOMMU_TEST_OP_MOCK_DOMAIN };
		char msg[160] = "";
		void *buf;
		int fd;

		close(pfd[0]);
		drop_ipc_lock();
		buf = mmap(NULL, MEMLOCK_LIMIT + PAGE, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
		fd = open("/dev/ioasid", O_RDWR | O_CLOEXEC);
		if (buf == MAP_FAILED || fd < 0 ||
		    ioctl(fd, IOMMU_IOAS_ALLOC, &a)) {
			snprintf(msg, sizeof(msg), "setup failed: %s", strerror(errno));
		} else if (d.id = a.out_ioas_id,
			   ioctl(fd, IOMMU_TEST_CMD, &d)) {
			/* The IOAS's domain, for which maps pin. */
			snprintf(msg, sizeof(msg), "a mock domain for the probe: %s",
				 strerror(errno));
		} else {
			m.flags = IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE;
			m.ioas_id = a.out_ioas_id;
			m.user_va = (uintptr_t)buf;
			m.length = MEMLOCK_LIMIT;
			if (ioctl(fd, IOMMU_IOAS_MAP, &m))
				snprintf(msg, sizeof(msg),
					 "mapping RLIMIT_MEMLOCK (%lu MiB) failed: %s: "
					 "something is still charged", MEMLOCK_LIMIT >> 20,
					 strerror(errno));
			m.user_va = (uintptr_t)buf + MEMLOCK_LIMIT;
			m.length = PAGE;
			m.iova = 0;
			if (!msg[0] && (!ioctl(fd, IOMMU_IOAS_MAP, &m) ||
					errno != ENOMEM))
				snprintf(msg, sizeof(msg),
					 "one page past RLIMIT_MEMLOCK did not fail with ENOMEM");
		}
		(void)!write(pfd[1], msg, strlen(msg));
		_exit(msg[0] ? 1 : 0);
	}
	close(pfd[1]);
	why[0] = 0;
	if (pid > 0) {
		ssize_t n = read(pfd[0], why, len - 1);

		why[n > 0 ? n : 0] = 0;
		waitpid(pid, &status, 0);
	}
	close(pfd[0]);
	return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

static void print_stats(double secs)
{
	uint64_t calls = atomic_load(&SH->calls);
	unsigned int i, shown = 0;

	printf("# ioasid-fuzz: %" PRIu64 " calls in %.0f s: %.0f calls/s, %" PRIu64
	       " epochs, %u thread(s), %" PRIu64 " with fault injection\n",
	       calls, secs, secs > 0 ? calls / secs : 0.0,
	       atomic_load(&SH->epochs_done), O.threads,
	       atomic_load(&SH->injected));
	printf("# ioasid-fuzz: results: %" PRIu64 " succeeded;", atomic_load(&SH->ok));
	for (i = 0; i < ARRAY_SIZE(SH->err_hist) && shown < 14; i++) {
		uint64_t n = atomic_load(&SH->err_hist[i]);

		if (n) {
			printf(" %s %" PRIu64, strerrorname_np(i) ?
			       strerrorname_np(i) : "?", n);
			shown++;
		}
	}
	printf("\n");
}

int main(int argc, char **argv)
{
	struct watch w = { .kmsg = -1 };
	int opt, status = 0, rc = 0;
	bool report = false, hung = false, exited = false;
	uint32_t bad_epoch = 0;
	uint64_t bad_epoch_seed = 0;
	double start, last_progress;
	char why[320] = "", probe_why[200] = "";
	pid_t pid;
	size_t shsize;

	while ((opt = getopt(argc, argv, "s:t:d:c:e:E:f:n:o:JKLNRTvh")) != -1) {
		switch (opt) {
		case 's':
			O.seed = strtoull(optarg, NULL, 0);
			O.seed_given = true;
			break;
		case 't':
			O.threads = (unsigned int)atoi(optarg);
			break;
		case 'd':
			O.seconds = (unsigned int)atoi(optarg);
			break;
		case 'c':
			O.max_calls = strtoull(optarg, NULL, 0);
			break;
		case 'e':
			O.epoch_calls = (unsigned int)atoi(optarg);
			break;
		case 'E':
			O.epochs = (unsigned int)atoi(optarg);
			break;
		case 'f':
			O.fail_pct = (unsigned int)atoi(optarg);
			break;
		case 'n':
			O.nrec = (unsigned int)atoi(optarg);
			break;
		case 'o':
			O.repro_dir = optarg;
			break;
		case 'K':
			O.static_edu = true;
			break;
		case 'L':
			O.cap_len = true;
			break;
		case 'J':
			O.no_attach_inject = true;
			break;
		case 'N':
			O.no_edu = true;
			break;
		case 'R':
			O.repro_always = true;
			break;
		case 'T':
			O.tap = true;
			break;
		case 'v':
			O.verbose = true;
			break;
		case 'h':
			printf("usage: ioasid-fuzz [options]\n%s", help_text);
			return 0;
		default:
			usage();
		}
	}
	if (!O.threads || O.threads > MAX_THREADS || !O.epoch_calls ||
	    O.nrec < 16 || O.fail_pct > 100)
		usage();
	if (!O.seed_given)
		O.seed = mix64((uint64_t)time(NULL), (uint64_t)getpid());
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (O.tap)
		printf("TAP version 13\n1..4\n");
	if (access("/dev/ioasid", F_OK)) {
		printf("%s# SKIP /dev/ioasid: %s\n", O.tap ? "1..0 " : "",
		       strerror(errno));
		return 4;
	}
	printf("# ioasid-fuzz: seed %#" PRIx64 ", %u thread(s), %u s, %u calls/epoch, "
	       "fault injection in %u%% of ioctls; replay: ioasid-fuzz -s %#" PRIx64
	       " -t %u%s%s%s%s\n", O.seed, O.threads, O.seconds, O.epoch_calls,
	       O.fail_pct, O.seed, O.threads, O.fail_pct ? " -f ..." : "",
	       O.static_edu ? " -K" : "", O.cap_len ? " -L" : "",
	       O.no_attach_inject ? " -J" : "");

	shsize = sizeof(*SH) + (size_t)O.nrec * sizeof(struct rec);
	SH = mmap(NULL, shsize, PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (SH == MAP_FAILED) {
		perror("ioasid-fuzz: mmap ring");
		return 1;
	}
	SH->seed = O.seed;
	SH->nrec = O.nrec;
	SH->nthreads = O.threads;

	if (regcomp(&w.bad, kernel_bad, REG_EXTENDED | REG_NOSUB)) {
		fprintf(stderr, "ioasid-fuzz: bad regex\n");
		return 1;
	}
	w.kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (w.kmsg >= 0)
		lseek(w.kmsg, 0, SEEK_END);
	else
		printf("# ioasid-fuzz: cannot read /dev/kmsg (%s): kernel reports go unseen\n",
		       strerror(errno));

	start = last_progress = now();
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		if (w.kmsg >= 0)
			close(w.kmsg);
		_exit(worker_main());
	}
	if (pid < 0) {
		perror("ioasid-fuzz: fork");
		return 1;
	}

	for (;;) {
		struct pollfd p = { .fd = w.kmsg, .events = POLLIN };
		double t;

		poll(&p, w.kmsg >= 0 ? 1 : 0, 250);
		if (watch_kmsg(&w) && !report) {
			/*
			 * Freeze the worker: its ring then still holds the
			 * epoch that made the kernel complain.
			 */
			kill(pid, SIGSTOP);
			report = true;
			bad_epoch = atomic_load(&SH->epoch);
			bad_epoch_seed = atomic_load(&SH->epoch_seed);
			printf("# ioasid-fuzz: KERNEL REPORT in epoch %u (epoch seed %#" PRIx64
			       ") after %" PRIu64 " calls\n", atomic_load(&SH->epoch),
			       (uint64_t)atomic_load(&SH->epoch_seed),
			       (uint64_t)atomic_load(&SH->calls));
		}
		if (!exited && waitpid(pid, &status, WNOHANG) == pid)
			exited = true;
		t = now();
		if (report && t - w.first_bad > 4)
			break;
		if (exited && !report) {
			/* Reports may lag the worker's exit a little. */
			usleep(500000);
			watch_kmsg(&w);
			if (w.first_bad) {
				report = true;
				bad_epoch = atomic_load(&SH->epoch);
				bad_epoch_seed = atomic_load(&SH->epoch_seed);
				usleep(2000000);
				watch_kmsg(&w);
			}
			break;
		}
		if (t > start + O.seconds + 120) {
			int s = open("/proc/sysrq-trigger", O_WRONLY);

			hung = true;
			printf("# ioasid-fuzz: worker still running %u s past its time: hung\n",
			       (unsigned int)(t - start - O.seconds));
			if (s >= 0) {	/* blocked tasks' stacks into the log */
				(void)!write(s, "w", 1);
				close(s);
			}
			break;
		}
		if (t - last_progress >= 15) {
			last_progress = t;
			printf("# ioasid-fuzz: %.0f s: %" PRIu64 " calls (%.0f/s), epoch %u\n",
			       t - start, (uint64_t)atomic_load(&SH->calls),
			       atomic_load(&SH->calls) / (t - start),
			       atomic_load(&SH->epoch));
		}
	}
	if (!exited) {
		kill(pid, SIGKILL);
		for (int i = 0; i < 40; i++) {
			if (waitpid(pid, &status, WNOHANG) == pid) {
				exited = true;
				break;
			}
			usleep(250000);
		}
	}
	print_stats(now() - start);

	if (report) {
		printf("# ioasid-fuzz: kernel log from the first report:\n");
		for (int i = 0; i < w.nlines; i++)
			printf("#   %s\n", w.lines[i]);
		snprintf(why, sizeof(why), "kernel report: %.200s", w.lines[0]);
	} else if (atomic_load(&SH->worker_failed)) {
		snprintf(why, sizeof(why), "leak: %s", SH->why);
	} else if (hung) {
		snprintf(why, sizeof(why), "the worker hung");
	} else if (!exited || !WIFEXITED(status) || WEXITSTATUS(status)) {
		snprintf(why, sizeof(why), "the worker %s %d",
			 exited && WIFSIGNALED(status) ? "died of signal" : "exited with",
			 !exited ? -1 : WIFSIGNALED(status) ? WTERMSIG(status) :
			 WEXITSTATUS(status));
	}
	if (!report) {
		bad_epoch = atomic_load(&SH->epoch);
		bad_epoch_seed = atomic_load(&SH->epoch_seed);
	}
	if (why[0] || O.repro_always)
		write_repro(bad_epoch, bad_epoch_seed, why[0] ? why : "asked for (-R)");

	if (exited && memlock_probe(probe_why, sizeof(probe_why)))
		rc = 1;
	if (why[0])
		rc = 1;
	if (O.tap) {
		printf("%sok 1 fuzz: no kernel report (%" PRIu64 " calls, %u thread(s), "
		       "%" PRIu64 " epochs, seed %#" PRIx64 ")\n", report ? "not " : "",
		       (uint64_t)atomic_load(&SH->calls), O.threads,
		       (uint64_t)atomic_load(&SH->epochs_done), O.seed);
		printf("%sok 2 fuzz: nothing pinned or locked after each epoch's fds were closed\n",
		       atomic_load(&SH->worker_failed) ? "not " : "");
		if (!exited)
			printf("ok 3 fuzz: memlock charge # SKIP the worker did not exit\n");
		else
			printf("%sok 3 fuzz: no memlock charge left (a fresh process pins "
			       "RLIMIT_MEMLOCK)%s%s\n", probe_why[0] ? "not " : "",
			       probe_why[0] ? ": " : "", probe_why);
		printf("%sok 4 fuzz: the worker finished on its own%s%s\n",
		       exited && !hung && WIFEXITED(status) && !WEXITSTATUS(status) &&
		       !report ? "" : "not ", why[0] ? ": " : "", why);
	} else if (probe_why[0]) {
		printf("# ioasid-fuzz: MEMLOCK: %s\n", probe_why);
	}
	printf("# ioasid-fuzz: %s\n", rc ? "FOUND SOMETHING" : "nothing found");
	return rc;
}
