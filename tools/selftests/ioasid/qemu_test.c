// SPDX-License-Identifier: GPL-2.0
/*
 * qemu_test: the QEMU lane. Debian's unmodified QEMU 10 (bookworm-backports,
 * fetched by scripts/qemu-debs.sh, put into the VM image in /opt/qemu by
 * tools/vm/mkinitramfs.sh) runs inside the test VM as a nested VMM with TCG
 * and assigns edu devices to a nested guest through /dev/ioasid's iommufd
 * uAPI: QEMU binds each device's VFIO cdev, attaches it, and maps the nested
 * guest's RAM (IOVA = guest-physical address). The nested guest
 * (tools/qemu-lane/guest, a bare-metal Multiboot program) programs every
 * edu's DMA with guest-physical addresses, both directions, and prints one
 * line per device on its serial port: the data must land in its RAM.
 *
 * Each test starts QEMU (fork/exec; -M pc, 32 MiB, the guest as -kernel,
 * the serial port on a pipe, QMP on a unix socket spoken by the small
 * client below), waits for the guest's result lines, does its QMP steps,
 * and ends with QMP "quit": QEMU must exit with status 0, and the kernel
 * log of the run must have no DMAR fault. Every step is printed as a "#"
 * line, QEMU's own messages as "# qemu: ...".
 *
 *  - iommufd_object.*: one device (alone in its IOMMU group) on the three
 *    ways to name the iommufd and the device: "-object iommufd" alone
 *    (QEMU opens /dev/iommu), fd= (a /dev/ioasid fd passed in, as libvirt
 *    does) and the device by sysfsdev= instead of host=;
 *  - qemu.two_devices_*: two devices on one iommufd object;
 *  - qemu.bridge_*: devices behind the VM's PCI bridge (their IOMMU group
 *    holds the bridge and both devices), one and both of them, then QMP
 *    system_reset: QEMU resets them with a bus reset
 *    (VFIO_DEVICE_PCI_HOT_RESET by device id), and the guest, started anew by
 *    its firmware, must pass again;
 *  - qemu.hot_unplug_*: QMP device_del (the guest acknowledges through
 *    ACPI PCI hotplug), DEVICE_DELETED, QEMU's VmPin back to 0 (nothing of
 *    the guest's RAM stays pinned once the last device is gone), device_add
 *    of the same device and the guest tests it again; with two devices on
 *    one IOAS, unplugging one leaves the RAM pinned and the other working;
 *  - qemu.kvm_*: the patched QEMU (bin/qemu-system-x86_64-patched in the
 *    image, from $IOASID_QEMU_PATCHED at image time) with -accel kvm on the
 *    VM's own KVM: skipped unless both are there.
 *
 * Skips (exit 4, KSFT_SKIP) without /dev/ioasid; every test skips (4) when the image
 * has no QEMU or no nested guest (make check always puts them in).
 */
#include "fixture.h"
#include "ioasidfd_kvm_test.h"

#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>

#define QEMU_DIR	"/opt/qemu"
#define QEMU_BIN	QEMU_DIR "/bin/qemu-system-x86_64"
#define QEMU_PATCHED	QEMU_DIR "/bin/qemu-system-x86_64-patched"
#define QEMU_FIRMWARE	QEMU_DIR "/share/qemu"
#define QEMU_VERSION	QEMU_DIR "/VERSION"
#define GUEST_ELF	QEMU_DIR "/guest/edu-guest.elf"

/* The fd number QEMU is given for "-object iommufd,fd=N". */
#define NESTED_IOMMUFD	5
/* The nested guest's RAM: all of it is mapped (and pinned) by QEMU. */
#define GUEST_RAM_MB	32
/* The nested guest's PCI slot of the first assigned device (root bus). */
#define FIRST_SLOT	4
#define MAX_DEVS	4

/* Hang guards, not timings: generous for TCG inside TCG. */
#define START_SECS	90	/* QEMU start to the guest's first results */
#define STEP_SECS	60	/* any later step */
#define TEST_SECS	240	/* the harness's limit for one test */

/* ---- output ------------------------------------------------------------ */

static void step(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void step(const char *fmt, ...)
{
	va_list ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

static double now_secs(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Milliseconds left until @deadline (CLOCK_MONOTONIC seconds), >= 0. */
static int ms_left(double deadline)
{
	double left = deadline - now_secs();

	return left > 0 ? (int)(left * 1000) + 1 : 0;
}

/* ---- a nested VM: QEMU, its serial output, its QMP socket ---------------- */

#define MAX_EVENTS	32

struct nested {
	pid_t pid;
	int status;		/* wait status once reaped */
	bool reaped;
	int serial;		/* read end of QEMU's stdout (the guest's COM1) */
	int qmp;
	int iommufd;		/* the /dev/ioasid fd passed with fd=, or -1 */
	int kmsg;		/* the kernel log from the start of the test */
	char dir[64];		/* /tmp/qemu_test.XXXXXX: qmp.sock, qemu.err */
	double t0;
	char sbuf[8192];	/* serial bytes not yet a whole line */
	size_t slen;
	char qbuf[65536];	/* QMP bytes not yet a whole line */
	size_t qlen;
	char *events[MAX_EVENTS];	/* QMP events read while waiting */
	int nevents;
	int starts;		/* "edu-guest: start" lines seen */
	int dmar_faults;	/* DMAR fault reports in the kernel log */
	int resets_ok;		/* QEMU's traced bus resets that succeeded */
	int resets_failed;	/* ... that failed, or "Cannot reset" */
};

/* What the guest reported for one pass over its devices. */
struct guest_pass {
	int number;		/* its pass number (1 after each boot) */
	int tested, ok, failed;
	char ok_devs[MAX_DEVS * 2][16];	/* "0:4.0", ... of the "dma ok" lines */
	int nok_devs;
};

static void nested_init(struct nested *vm)
{
	memset(vm, 0, sizeof(*vm));
	vm->pid = -1;
	vm->serial = vm->qmp = vm->iommufd = vm->kmsg = -1;
}

static double elapsed(const struct nested *vm)
{
	return now_secs() - vm->t0;
}

/*
 * Print QEMU's stderr so far as "# qemu: " lines, counting the bus resets
 * it reports (trace event vfio_pci_hot_reset_result: "NAME hot reset:
 * Success" or an error; its own "Cannot reset device" messages).
 */
static void show_qemu_stderr(struct nested *vm)
{
	char path[96], line[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/qemu.err", vm->dir);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		step("qemu: %s", line);
		if (strstr(line, "vfio_pci_hot_reset_result")) {
			if (strstr(line, "hot reset: Success"))
				vm->resets_ok++;
			else
				vm->resets_failed++;
		} else if (strstr(line, "Cannot reset device")) {
			vm->resets_failed++;
		}
	}
	fclose(f);
	/* Shown once: the next call shows only what came since. */
	if (truncate(path, 0))
		step("truncate %s: %s", path, strerror(errno));
}

static bool reap(struct nested *vm, int options)
{
	if (vm->pid < 0 || vm->reaped)
		return vm->reaped;
	if (waitpid(vm->pid, &vm->status, options) == vm->pid)
		vm->reaped = true;
	return vm->reaped;
}

/*
 * How QEMU ended, for a failure message: it may be on its way out (its
 * sockets closed), so give it a few seconds to exit first.
 */
static void describe_exit(struct nested *vm, char *buf, size_t len)
{
	double until = now_secs() + 5;

	while (!reap(vm, WNOHANG) && now_secs() < until)
		usleep(20000);
	if (!vm->reaped) {
		snprintf(buf, len, "still running");
		return;
	}
	if (WIFEXITED(vm->status))
		snprintf(buf, len, "exit status %d", WEXITSTATUS(vm->status));
	else if (WIFSIGNALED(vm->status))
		snprintf(buf, len, "killed by signal %d (%s)",
			 WTERMSIG(vm->status), strsignal(WTERMSIG(vm->status)));
	else
		snprintf(buf, len, "wait status 0x%x", vm->status);
}

static void read_kernel_log(struct nested *vm);

static void nested_destroy(struct nested *vm)
{
	int i;

	if (vm->pid > 0 && !vm->reaped) {
		kill(vm->pid, SIGKILL);
		reap(vm, 0);
		step("QEMU (pid %d) killed at the end of the test", (int)vm->pid);
	}
	read_kernel_log(vm);	/* after a failure: what the kernel saw */
	if (vm->dir[0]) {
		char path[96];

		show_qemu_stderr(vm);
		snprintf(path, sizeof(path), "%s/qmp.sock", vm->dir);
		unlink(path);
		snprintf(path, sizeof(path), "%s/qemu.err", vm->dir);
		unlink(path);
		rmdir(vm->dir);
	}
	if (vm->serial >= 0)
		close(vm->serial);
	if (vm->qmp >= 0)
		close(vm->qmp);
	if (vm->iommufd >= 0)
		close(vm->iommufd);
	if (vm->kmsg >= 0)
		close(vm->kmsg);
	for (i = 0; i < vm->nevents; i++)
		free(vm->events[i]);
	nested_init(vm);
}

/* ---- QEMU's command line -------------------------------------------------- */

#define MAX_ARGS	64

struct cmdline {
	char *argv[MAX_ARGS + 1];
	int argc;
};

static void arg(struct cmdline *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void arg(struct cmdline *c, const char *fmt, ...)
{
	va_list ap;
	char *s;

	if (c->argc >= MAX_ARGS)
		return;
	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (s)
		c->argv[c->argc++] = s;
}

static void cmdline_free(struct cmdline *c)
{
	while (c->argc)
		free(c->argv[--c->argc]);
}

/* How the iommufd object and the devices are named on the command line. */
enum iommufd_how {
	IOMMUFD_OPEN,		/* -object iommufd,id=i0: QEMU opens /dev/iommu */
	IOMMUFD_FD,		/* fd=N: our /dev/ioasid fd, inherited */
	IOMMUFD_FD_SYSFSDEV,	/* fd=N, devices by sysfsdev= */
};

/* A vfio-pci device's -device/device_add properties (no driver name). */
static void device_props(char *buf, size_t len, const char *bdf, int slot,
			 enum iommufd_how how)
{
	if (how == IOMMUFD_FD_SYSFSDEV)
		snprintf(buf, len,
			 "sysfsdev=/sys/bus/pci/devices/%s,iommufd=i0,id=hostdev%d,bus=pci.0,addr=%#x",
			 bdf, slot, slot);
	else
		snprintf(buf, len,
			 "host=%s,iommufd=i0,id=hostdev%d,bus=pci.0,addr=%#x",
			 bdf, slot, slot);
}

/* QMP device_add of a vfio-pci with @props ("a=b,c=d": JSON members). */
static void device_add_json(char *json, size_t len, const char *props)
{
	char members[512] = "", buf[256], *tok, *save = NULL;
	size_t l = 0;

	snprintf(buf, sizeof(buf), "%s", props);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(tok, '=');

		if (!eq || l >= sizeof(members))
			continue;
		*eq = '\0';
		l += snprintf(members + l, sizeof(members) - l,
			      ", \"%s\": \"%s\"", tok, eq + 1);
	}
	snprintf(json, len,
		 "{\"execute\": \"device_add\", \"arguments\": {\"driver\": \"vfio-pci\"%s}}",
		 members);
}

/* ---- the serial port ------------------------------------------------------ */

/*
 * The next whole line the guest printed (without CR/LF) into @line, or
 * false at @deadline or when QEMU closed its stdout.
 */
static bool serial_line(struct nested *vm, double deadline, char *line,
			size_t len)
{
	for (;;) {
		char *nl = memchr(vm->sbuf, '\n', vm->slen);
		struct pollfd p = { .fd = vm->serial, .events = POLLIN };
		ssize_t n;

		if (nl) {
			size_t l = nl - vm->sbuf;

			if (l && vm->sbuf[l - 1] == '\r')
				l--;
			snprintf(line, len, "%.*s", (int)l, vm->sbuf);
			l = nl + 1 - vm->sbuf;
			memmove(vm->sbuf, nl + 1, vm->slen - l);
			vm->slen -= l;
			return true;
		}
		if (vm->slen == sizeof(vm->sbuf))	/* a runaway line */
			vm->slen = 0;
		if (poll(&p, 1, ms_left(deadline)) <= 0)
			return false;
		n = read(vm->serial, vm->sbuf + vm->slen,
			 sizeof(vm->sbuf) - vm->slen);
		if (n <= 0)
			return false;
		vm->slen += n;
	}
}

/* Copy "B:D.F" from a line "edu B:D.F ..." */
static void edu_name(const char *line, char *out, size_t len)
{
	const char *p = line + 4;

	snprintf(out, len, "%.*s", (int)strcspn(p, " "), p);
}

/*
 * Read the guest's lines (each shown as "# guest: ...") until its next
 * "edu-guest: pass" line, collecting the devices that passed. False at the
 * deadline, when QEMU is gone or the guest took an exception.
 */
static bool guest_pass(struct nested *vm, double deadline,
		       struct guest_pass *gp)
{
	char line[512];

	memset(gp, 0, sizeof(*gp));
	while (serial_line(vm, deadline, line, sizeof(line))) {
		step("guest: %s", line);
		if (!strcmp(line, "edu-guest: start")) {
			vm->starts++;
			gp->nok_devs = 0;
		} else if (!strncmp(line, "edu ", 4) && strstr(line, " dma ok")) {
			if (gp->nok_devs < (int)ARRAY_SIZE(gp->ok_devs))
				edu_name(line, gp->ok_devs[gp->nok_devs++],
					 sizeof(gp->ok_devs[0]));
		} else if (!strncmp(line, "edu-guest: exception", 20)) {
			return false;
		} else if (sscanf(line, "edu-guest: pass %d: tested %d, ok %d, failed %d",
				  &gp->number, &gp->tested, &gp->ok,
				  &gp->failed) == 4) {
			return true;
		}
	}
	return false;
}

static bool pass_has(const struct guest_pass *gp, const char *dev)
{
	int i;

	for (i = 0; i < gp->nok_devs; i++)
		if (!strcmp(gp->ok_devs[i], dev))
			return true;
	return false;
}

/* ---- QMP ------------------------------------------------------------------ */

/* The next whole QMP line into a malloc'd string, NULL at deadline/EOF. */
static char *qmp_line(struct nested *vm, double deadline)
{
	for (;;) {
		char *nl = memchr(vm->qbuf, '\n', vm->qlen);
		struct pollfd p = { .fd = vm->qmp, .events = POLLIN };
		ssize_t n;

		if (nl) {
			size_t l = nl - vm->qbuf;
			char *s = strndup(vm->qbuf, l);

			memmove(vm->qbuf, nl + 1, vm->qlen - l - 1);
			vm->qlen -= l + 1;
			return s;
		}
		if (vm->qlen == sizeof(vm->qbuf))
			vm->qlen = 0;
		if (poll(&p, 1, ms_left(deadline)) <= 0)
			return NULL;
		n = read(vm->qmp, vm->qbuf + vm->qlen,
			 sizeof(vm->qbuf) - vm->qlen);
		if (n <= 0)
			return NULL;
		vm->qlen += n;
	}
}

/* The string value of "key" in a one-line JSON object, into @out. */
static bool json_str(const char *json, const char *key, char *out, size_t len)
{
	char pat[64];
	const char *p;

	snprintf(pat, sizeof(pat), "\"%s\"", key);
	p = strstr(json, pat);
	if (!p)
		return false;
	p += strlen(pat);
	p += strspn(p, " \t");
	if (*p++ != ':')
		return false;
	p += strspn(p, " \t");
	if (*p++ != '"')
		return false;
	snprintf(out, len, "%.*s", (int)strcspn(p, "\""), p);
	return true;
}

static bool is_event(const char *line, const char *name)
{
	char ev[64];

	return json_str(line, "event", ev, sizeof(ev)) && !strcmp(ev, name);
}

static void keep_event(struct nested *vm, char *line)
{
	char ev[64] = "?";

	json_str(line, "event", ev, sizeof(ev));
	step("qmp: event %s", ev);
	if (vm->nevents < MAX_EVENTS)
		vm->events[vm->nevents++] = line;
	else
		free(line);
}

/*
 * Send one command (a JSON object) and wait for its answer; events that
 * arrive meanwhile are kept for qmp_wait_event(). 0 for "return", -1 for an
 * "error" (its description in @err), -2 when QEMU went away or timed out.
 */
static int qmp_execute(struct nested *vm, const char *json, char *err,
		       size_t errlen, double deadline)
{
	size_t len = strlen(json), done = 0;
	char *line;

	if (err && errlen)
		err[0] = '\0';
	while (done < len) {
		ssize_t n = send(vm->qmp, json + done, len - done, MSG_NOSIGNAL);

		if (n <= 0)
			return -2;
		done += n;
	}
	if (send(vm->qmp, "\n", 1, MSG_NOSIGNAL) != 1)
		return -2;
	while ((line = qmp_line(vm, deadline))) {
		if (strstr(line, "\"event\"")) {
			keep_event(vm, line);
			continue;
		}
		if (strstr(line, "\"return\"")) {
			free(line);
			return 0;
		}
		if (strstr(line, "\"error\"")) {
			if (err && !json_str(line, "desc", err, errlen))
				snprintf(err, errlen, "%s", line);
			free(line);
			return -1;
		}
		free(line);
	}
	if (err)
		snprintf(err, errlen, "no answer from QEMU");
	return -2;
}

/* Wait for event @name (and, if not NULL, "device": @device in its data). */
static bool qmp_wait_event(struct nested *vm, const char *name,
			   const char *device, double deadline)
{
	char dev[64];
	char *line;
	int i;

	for (i = 0; i < vm->nevents; i++) {
		line = vm->events[i];
		if (is_event(line, name) &&
		    (!device || (json_str(line, "device", dev, sizeof(dev)) &&
				 !strcmp(dev, device)))) {
			free(line);
			memmove(&vm->events[i], &vm->events[i + 1],
				(vm->nevents - i - 1) * sizeof(vm->events[0]));
			vm->nevents--;
			return true;
		}
	}
	while ((line = qmp_line(vm, deadline))) {
		if (is_event(line, name) &&
		    (!device || (json_str(line, "device", dev, sizeof(dev)) &&
				 !strcmp(dev, device)))) {
			step("qmp: event %s%s%s", name, device ? " of " : "",
			     device ? device : "");
			free(line);
			return true;
		}
		if (strstr(line, "\"event\""))
			keep_event(vm, line);
		else
			free(line);
	}
	return false;
}

static bool qmp_connect(struct nested *vm, double deadline)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char *greeting;

	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/qmp.sock", vm->dir);
	for (;;) {
		vm->qmp = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (vm->qmp < 0)
			return false;
		if (!connect(vm->qmp, (struct sockaddr *)&sa, sizeof(sa)))
			break;
		close(vm->qmp);
		vm->qmp = -1;
		if (reap(vm, WNOHANG) || now_secs() > deadline)
			return false;
		usleep(50000);
	}
	greeting = qmp_line(vm, deadline);
	if (!greeting || !strstr(greeting, "\"QMP\"")) {
		free(greeting);
		return false;
	}
	free(greeting);
	return qmp_execute(vm, "{\"execute\": \"qmp_capabilities\"}", NULL, 0,
			   deadline) == 0;
}

/* ---- starting and stopping QEMU ---------------------------------------------- */

struct nested_cfg {
	const char *qemu;	/* binary */
	bool kvm;		/* -accel kvm instead of tcg */
	enum iommufd_how how;
	const char *bdfs[MAX_DEVS];	/* host devices, at slots FIRST_SLOT.. */
	int ndevs;
	bool trace_resets;	/* have QEMU report its bus resets on stderr */
};

/* The nested guest's name of the device at @slot: "0:4.0". */
static void slot_name(int slot, char *buf, size_t len)
{
	snprintf(buf, len, "0:%d.0", slot);
}

static void __nested_start(struct __test_metadata *_metadata,
			   struct nested *vm, const struct nested_cfg *cfg)
{
	struct cmdline c = { .argc = 0 };
	int out[2], i, errfd, nul;
	char props[256], path[96];

	ASSERT_NE(NULL, mkdtemp(strcpy(vm->dir, "/tmp/qemu_test.XXXXXX")));
	arg(&c, "%s", cfg->qemu);
	arg(&c, "-M");
	arg(&c, "pc");
	arg(&c, "-accel");
	arg(&c, "%s", cfg->kvm ? "kvm" : "tcg");
	arg(&c, "-m");
	arg(&c, "%d", GUEST_RAM_MB);
	arg(&c, "-nodefaults");
	arg(&c, "-no-user-config");
	arg(&c, "-display");
	arg(&c, "none");
	arg(&c, "-L");
	arg(&c, "%s", QEMU_FIRMWARE);
	arg(&c, "-kernel");
	arg(&c, "%s", GUEST_ELF);
	arg(&c, "-serial");
	arg(&c, "stdio");
	arg(&c, "-monitor");
	arg(&c, "none");
	arg(&c, "-qmp");
	arg(&c, "unix:%s/qmp.sock,server=on,wait=off", vm->dir);
	if (cfg->trace_resets) {
		arg(&c, "-trace");
		arg(&c, "vfio_pci_hot_reset_result");
		arg(&c, "-trace");
		arg(&c, "iommufd_cdev_pci_hot_reset_dep_devices");
	}
	arg(&c, "-object");
	if (cfg->how == IOMMUFD_OPEN) {
		arg(&c, "iommufd,id=i0");
	} else {
		vm->iommufd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
		ASSERT_LE(0, vm->iommufd) TH_LOG("open %s: %s", IOASID_DEV,
						  strerror(errno));
		arg(&c, "iommufd,id=i0,fd=%d", NESTED_IOMMUFD);
	}
	for (i = 0; i < cfg->ndevs; i++) {
		device_props(props, sizeof(props), cfg->bdfs[i], FIRST_SLOT + i,
			     cfg->how);
		arg(&c, "-device");
		arg(&c, "vfio-pci,%s", props);
	}
	c.argv[c.argc] = NULL;
	ASSERT_LT(c.argc, MAX_ARGS);

	{
		char cmd[2048] = "";
		size_t l = 0;

		for (i = 0; i < c.argc && l < sizeof(cmd); i++)
			l += snprintf(cmd + l, sizeof(cmd) - l, "%s%s",
				      i ? " " : "", c.argv[i]);
		if (cfg->how == IOMMUFD_OPEN)
			step("run: %s", cmd);
		else
			step("run: %s (fd %d: %s)", cmd, NESTED_IOMMUFD,
			     IOASID_DEV);
	}

	ASSERT_OK(pipe2(out, O_CLOEXEC));
	snprintf(path, sizeof(path), "%s/qemu.err", vm->dir);
	/* O_APPEND: QEMU keeps writing at the end after show_qemu_stderr()
	 * truncates the file. */
	errfd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC,
		     0600);
	ASSERT_LE(0, errfd);
	nul = open("/dev/null", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, nul);
	fflush(stdout);
	fflush(stderr);
	vm->t0 = now_secs();
	vm->pid = fork();
	ASSERT_LE(0, vm->pid);
	if (vm->pid == 0) {
		/* QEMU goes when this test process goes (harness timeout). */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (dup2(nul, 0) < 0 || dup2(out[1], 1) < 0 ||
		    dup2(errfd, 2) < 0)
			_exit(126);
		if (vm->iommufd >= 0) {
			if (vm->iommufd == NESTED_IOMMUFD) {
				if (fcntl(NESTED_IOMMUFD, F_SETFD, 0))
					_exit(126);
			} else if (dup2(vm->iommufd, NESTED_IOMMUFD) < 0) {
				_exit(126);
			}
		}
		execv(c.argv[0], c.argv);
		dprintf(2, "exec %s: %s\n", c.argv[0], strerror(errno));
		_exit(127);
	}
	close(out[1]);
	close(errfd);
	close(nul);
	cmdline_free(&c);
	vm->serial = out[0];
	step("QEMU pid %d", (int)vm->pid);
	if (!qmp_connect(vm, now_secs() + START_SECS)) {
		char how[64];

		describe_exit(vm, how, sizeof(how));
		show_qemu_stderr(vm);
		ASSERT_TRUE(false) TH_LOG("no QMP connection to QEMU (%s)", how);
	}
	step("QMP connected after %.1f s", elapsed(vm));
}
#define nested_start(vm, cfg)	__nested_start(_metadata, vm, cfg)

/*
 * Wait for the guest's next pass: it must have tested exactly the devices
 * at @slots (@n of them) and every one must have passed.
 */
static void __expect_pass(struct __test_metadata *_metadata,
			  struct nested *vm, const int *slots, int n,
			  int secs, const char *what)
{
	struct guest_pass gp;
	char name[16];
	bool got;
	int i;

	got = guest_pass(vm, now_secs() + secs, &gp);
	if (!got) {
		char how[64];

		describe_exit(vm, how, sizeof(how));
		show_qemu_stderr(vm);
		ASSERT_TRUE(got) TH_LOG("%s: no result line from the guest within %d s (QEMU %s)",
					what, secs, how);
	}
	step("%s: guest pass %d after %.1f s: tested %d, ok %d, failed %d",
	     what, gp.number, elapsed(vm), gp.tested, gp.ok, gp.failed);
	ASSERT_EQ(0, gp.failed);
	ASSERT_EQ(n, gp.tested);
	ASSERT_EQ(n, gp.ok);
	for (i = 0; i < n; i++) {
		slot_name(slots[i], name, sizeof(name));
		ASSERT_TRUE(pass_has(&gp, name))
			TH_LOG("no \"edu %s dma ok\" line", name);
	}
}
#define expect_pass(vm, slots, n, secs, what)				\
	__expect_pass(_metadata, vm, slots, n, secs, what)

/* QMP quit: QEMU must answer and exit with status 0. */
static void __quit(struct __test_metadata *_metadata, struct nested *vm)
{
	double deadline = now_secs() + STEP_SECS;
	char err[256], how[64];
	int rc;

	rc = qmp_execute(vm, "{\"execute\": \"quit\"}", err, sizeof(err),
			 deadline);
	/* QEMU may close the socket before its answer reaches us. */
	ASSERT_NE(-1, rc) TH_LOG("quit: %s", err);
	while (!reap(vm, WNOHANG) && now_secs() < deadline)
		usleep(20000);
	show_qemu_stderr(vm);
	ASSERT_TRUE(vm->reaped) TH_LOG("QEMU did not exit after quit");
	describe_exit(vm, how, sizeof(how));
	step("QEMU quit after %.1f s: %s", elapsed(vm), how);
	ASSERT_TRUE(WIFEXITED(vm->status) && WEXITSTATUS(vm->status) == 0)
		TH_LOG("QEMU: %s", how);
}
#define quit(vm)	__quit(_metadata, vm)

/* A QMP command that must succeed. */
#define qmp_ok(vm, json)						\
	do {								\
		char __err[256];					\
		step("qmp: %s", json);					\
		ASSERT_EQ(0, qmp_execute(vm, json, __err, sizeof(__err), \
					 now_secs() + STEP_SECS))	\
			TH_LOG("%s: %s", json, __err);			\
	} while (0)

/* ---- the kernel log ------------------------------------------------------------ */

/*
 * Show what the kernel logged (since the last call; since the test
 * started) about DMA remapping, VFIO and our modules, and count the DMAR
 * fault reports.
 */
static void read_kernel_log(struct nested *vm)
{
	char rec[1024];

	if (vm->kmsg < 0)
		return;
	for (;;) {
		ssize_t n = read(vm->kmsg, rec, sizeof(rec) - 1);
		char *msg, *nl;

		if (n < 0 && (errno == EPIPE || errno == EINTR))
			continue;
		if (n <= 0)
			break;
		rec[n] = '\0';
		msg = strchr(rec, ';');
		if (!msg)
			continue;
		msg++;
		nl = strchr(msg, '\n');
		if (nl)
			*nl = '\0';
		if (strstr(msg, "DMAR") || strstr(msg, "DMA") ||
		    strstr(msg, "vfio") || strstr(msg, "ioasid") ||
		    strstr(msg, "iommu"))
			step("kernel: %s", msg);
		if (strstr(msg, "DMAR: [DMA ") || strstr(msg, "handling fault"))
			vm->dmar_faults++;
	}
}

/*
 * No DMAR fault in the whole test: nothing else DMAs in the VM while a
 * test runs, so any fault is the assigned devices'.
 */
static void __check_kernel_log(struct __test_metadata *_metadata,
			       struct nested *vm)
{
	read_kernel_log(vm);
	ASSERT_EQ(0, vm->dmar_faults)
		TH_LOG("the kernel logged %d DMAR fault(s)", vm->dmar_faults);
}
#define check_kernel_log(vm)	__check_kernel_log(_metadata, vm)

/* VmPin of process @pid in kB, -1 if unknown. */
static long vmpin_kb(pid_t pid)
{
	char path[64], line[256];
	long kb = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "VmPin: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* ---- what every test needs ------------------------------------------------- */

/* Why the lane cannot run here (NULL: it can). */
static const char *lane_missing(void)
{
	if (access(QEMU_BIN, X_OK))
		return "no QEMU 10 in the image (" QEMU_BIN "; scripts/qemu-debs.sh fetches it)";
	if (access(GUEST_ELF, R_OK))
		return "no nested guest in the image (" GUEST_ELF ")";
	return NULL;
}

static void show_version(const char *bin)
{
	char line[256] = "";
	FILE *f = fopen(QEMU_VERSION, "re");

	if (f && fgets(line, sizeof(line), f))
		line[strcspn(line, "\n")] = '\0';
	if (f)
		fclose(f);
	step("%s: %s", bin, strcmp(bin, QEMU_BIN) ? "patched build" : line);
}

/* ---- one device, three ways to name the iommufd ------------------------------- */

FIXTURE(iommufd_object) {
	struct nested vm;
	T_EDU(edu);		/* picked; the nested QEMU opens it */
};

FIXTURE_VARIANT(iommufd_object) {
	enum iommufd_how how;
};

/* "-object iommufd,id=i0": QEMU opens /dev/iommu itself. */
FIXTURE_VARIANT_ADD(iommufd_object, dev_iommu) {
	.how = IOMMUFD_OPEN,
};

/* "-object iommufd,id=i0,fd=5": a /dev/ioasid fd, as libvirt passes it. */
FIXTURE_VARIANT_ADD(iommufd_object, fd_passed) {
	.how = IOMMUFD_FD,
};

/* fd passed, and "-device vfio-pci,sysfsdev=/sys/bus/pci/devices/BDF". */
FIXTURE_VARIANT_ADD(iommufd_object, sysfsdev) {
	.how = IOMMUFD_FD_SYSFSDEV,
};

FIXTURE_SETUP(iommufd_object)
{
	const char *why = lane_missing();

	nested_init(&self->vm);
	if (why)
		SKIP(return, "%s", why);
	if (!t_edu_pick(&self->edu, 1, EDU_STANDALONE))
		return;
	show_version(QEMU_BIN);
	self->vm.kmsg = edu_kmsg_open();
}

FIXTURE_TEARDOWN(iommufd_object)
{
	nested_destroy(&self->vm);
	t_edu_teardown(&self->edu);
}

TEST_F_SKIPPABLE(iommufd_object, guest_dma_lands_in_guest_ram, TEST_SECS)
{
	struct nested_cfg cfg = {
		.qemu = QEMU_BIN,
		.how = variant->how,
		.bdfs = { self->dev.bdf },
		.ndevs = 1,
	};
	const int slots[] = { FIRST_SLOT };

	if (variant->how == IOMMUFD_OPEN)
		ASSERT_OK(access("/dev/iommu", R_OK | W_OK))
			TH_LOG("QEMU's default path needs /dev/iommu: %s",
			       strerror(errno));
	nested_start(&self->vm, &cfg);
	expect_pass(&self->vm, slots, 1, START_SECS, "boot");
	quit(&self->vm);
	check_kernel_log(&self->vm);
}

/* ---- the other scenarios (fd passed, as libvirt does) ------------------------ */

FIXTURE(qemu) {
	struct nested vm;
};

FIXTURE_SETUP(qemu)
{
	const char *why = lane_missing();

	nested_init(&self->vm);
	if (why)
		SKIP(return, "%s", why);
	self->vm.kmsg = edu_kmsg_open();
}

FIXTURE_TEARDOWN(qemu)
{
	nested_destroy(&self->vm);
}

TEST_F_SKIPPABLE(qemu, two_devices_share_one_iommufd_object, TEST_SECS)
{
	struct edu_pci_dev devs[2];
	struct nested_cfg cfg = { .qemu = QEMU_BIN, .how = IOMMUFD_FD };
	const int slots[] = { FIRST_SLOT, FIRST_SLOT + 1 };

	if (pick_edus(EDU_STANDALONE, devs, 2) < 2)
		SKIP(return, "needs two edu devices alone in their groups");
	show_version(QEMU_BIN);
	cfg.bdfs[0] = devs[0].bdf;
	cfg.bdfs[1] = devs[1].bdf;
	cfg.ndevs = 2;
	nested_start(&self->vm, &cfg);
	expect_pass(&self->vm, slots, 2, START_SECS, "boot");
	quit(&self->vm);
	check_kernel_log(&self->vm);
}

/*
 * Devices behind the bridge: QEMU resets them with a bus reset
 * (VFIO_DEVICE_PCI_HOT_RESET, the device-id form) at start and at every
 * machine reset; it must report each reset a success. After QMP
 * system_reset the firmware starts the guest again and every device must
 * pass again.
 */
static void __bridge_reset(struct __test_metadata *_metadata,
			   struct nested *vm, int n)
{
	struct edu_pci_dev devs[2];
	struct nested_cfg cfg = {
		.qemu = QEMU_BIN,
		.how = IOMMUFD_FD,
		.trace_resets = true,
	};
	const int slots[] = { FIRST_SLOT, FIRST_SLOT + 1 };
	int i, before;

	if (pick_edus(EDU_BEHIND_BRIDGE, devs, n) < n)
		SKIP(return, "needs %d %s", n, edu_pick_name(EDU_BEHIND_BRIDGE));
	show_version(QEMU_BIN);
	for (i = 0; i < n; i++) {
		cfg.bdfs[i] = devs[i].bdf;
		step("%s: iommu group %d (%d devices)", devs[i].bdf,
		     devs[i].iommu_group, devs[i].group_devices);
	}
	cfg.ndevs = n;
	nested_start(vm, &cfg);
	expect_pass(vm, slots, n, START_SECS, "boot");
	show_qemu_stderr(vm);
	step("bus resets so far: %d ok, %d failed", vm->resets_ok,
	     vm->resets_failed);
	before = vm->resets_ok;
	qmp_ok(vm, "{\"execute\": \"system_reset\"}");
	ASSERT_TRUE(qmp_wait_event(vm, "RESET", NULL, now_secs() + STEP_SECS));
	expect_pass(vm, slots, n, STEP_SECS, "after system_reset");
	ASSERT_EQ(2, vm->starts) TH_LOG("the guest did not start again");
	show_qemu_stderr(vm);
	step("bus resets: %d ok, %d failed", vm->resets_ok, vm->resets_failed);
	ASSERT_LT(before, vm->resets_ok)
		TH_LOG("QEMU reported no successful bus reset at system_reset");
	ASSERT_EQ(0, vm->resets_failed);
	quit(vm);
	check_kernel_log(vm);
}

TEST_F_SKIPPABLE(qemu, bridge_device_passes_again_after_system_reset,
		 TEST_SECS)
{
	__bridge_reset(_metadata, &self->vm, 1);
}

TEST_F_SKIPPABLE(qemu, bridge_pair_pass_again_after_system_reset, TEST_SECS)
{
	__bridge_reset(_metadata, &self->vm, 2);
}

/*
 * QMP device_del of the device at @slot: QEMU asks the guest, the guest
 * ejects the slot (its "ejected" line), QEMU sends DEVICE_DELETED.
 */
static void __unplug(struct __test_metadata *_metadata, struct nested *vm,
		     int slot)
{
	char json[256], id[32], line[512], want[64];
	double deadline = now_secs() + STEP_SECS;
	bool ejected = false;

	snprintf(id, sizeof(id), "hostdev%d", slot);
	snprintf(json, sizeof(json),
		 "{\"execute\": \"device_del\", \"arguments\": {\"id\": \"%s\"}}", id);
	qmp_ok(vm, json);
	ASSERT_TRUE(qmp_wait_event(vm, "DEVICE_DELETED", id, deadline))
		TH_LOG("no DEVICE_DELETED for %s", id);
	snprintf(want, sizeof(want), "edu-guest: ejected 0:%d ", slot);
	while (!ejected && serial_line(vm, deadline, line, sizeof(line))) {
		step("guest: %s", line);
		ejected = !strncmp(line, want, strlen(want));
	}
	ASSERT_TRUE(ejected) TH_LOG("the guest did not say \"%s\"", want);
}
#define unplug(vm, slot)	__unplug(_metadata, vm, slot)

/* QEMU's VmPin once it stops changing (QEMU may still be tearing down). */
static long vmpin_settled_kb(struct nested *vm, long until_not)
{
	double deadline = now_secs() + STEP_SECS;
	long pin;

	while ((pin = vmpin_kb(vm->pid)) == until_not && now_secs() < deadline)
		usleep(100000);
	return pin;
}

/*
 * device_del of the only device: with its last device gone QEMU releases
 * the IOAS and nothing of the guest's RAM stays pinned. device_add brings
 * the device back (a new bind and attach, the RAM mapped again) and the
 * guest, which looks for new devices, tests it again.
 */
TEST_F_SKIPPABLE(qemu, hot_unplug_unpins_and_replug_passes_again, TEST_SECS)
{
	struct edu_pci_dev dev;
	struct nested_cfg cfg = { .qemu = QEMU_BIN, .how = IOMMUFD_FD };
	const int slots[] = { FIRST_SLOT };
	char json[512], props[256];
	long pin;

	if (pick_edus(EDU_STANDALONE, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_STANDALONE));
	show_version(QEMU_BIN);
	cfg.bdfs[0] = dev.bdf;
	cfg.ndevs = 1;
	nested_start(&self->vm, &cfg);
	expect_pass(&self->vm, slots, 1, START_SECS, "boot");

	pin = vmpin_kb(self->vm.pid);
	step("QEMU's VmPin with the device attached: %ld kB", pin);
	ASSERT_LE((long)GUEST_RAM_MB * 1024, pin)
		TH_LOG("the guest's %d MiB of RAM are not pinned", GUEST_RAM_MB);

	unplug(&self->vm, FIRST_SLOT);
	pin = vmpin_settled_kb(&self->vm, pin);
	step("QEMU's VmPin after the last device was unplugged: %ld kB", pin);
	ASSERT_EQ(0, pin);

	device_props(props, sizeof(props), dev.bdf, FIRST_SLOT, cfg.how);
	device_add_json(json, sizeof(json), props);
	qmp_ok(&self->vm, json);
	expect_pass(&self->vm, slots, 1, STEP_SECS, "after device_add");
	pin = vmpin_kb(self->vm.pid);
	step("QEMU's VmPin with the device back: %ld kB", pin);
	ASSERT_LE((long)GUEST_RAM_MB * 1024, pin);
	quit(&self->vm);
	check_kernel_log(&self->vm);
}

/*
 * Two devices on one IOAS, one unplugged: the other keeps the mapping
 * (the guest's RAM stays pinned, once) and its DMA still lands, as the
 * guest shows after a machine reset, when it tests what is left.
 */
TEST_F_SKIPPABLE(qemu, hot_unplug_of_one_device_leaves_the_other_working,
		 TEST_SECS)
{
	struct edu_pci_dev devs[2];
	struct nested_cfg cfg = { .qemu = QEMU_BIN, .how = IOMMUFD_FD };
	const int slots[] = { FIRST_SLOT, FIRST_SLOT + 1 };
	long pin, pin2;

	if (pick_edus(EDU_STANDALONE, devs, 2) < 2)
		SKIP(return, "needs two edu devices alone in their groups");
	show_version(QEMU_BIN);
	cfg.bdfs[0] = devs[0].bdf;
	cfg.bdfs[1] = devs[1].bdf;
	cfg.ndevs = 2;
	nested_start(&self->vm, &cfg);
	expect_pass(&self->vm, slots, 2, START_SECS, "boot");
	pin = vmpin_kb(self->vm.pid);
	step("QEMU's VmPin with both devices attached: %ld kB", pin);
	ASSERT_LE((long)GUEST_RAM_MB * 1024, pin);

	unplug(&self->vm, FIRST_SLOT + 1);
	pin2 = vmpin_kb(self->vm.pid);
	step("QEMU's VmPin with one device left: %ld kB", pin2);
	ASSERT_EQ(pin, pin2);

	qmp_ok(&self->vm, "{\"execute\": \"system_reset\"}");
	expect_pass(&self->vm, slots, 1, STEP_SECS, "after system_reset");
	ASSERT_EQ(2, self->vm.starts) TH_LOG("the guest did not start again");
	quit(&self->vm);
	check_kernel_log(&self->vm);
}

/*
 * The hook for the patched QEMU of "make qemu" (the VM-fd handoff to
 * /dev/ioasid, which stock 6.1 KVM needs): the same DMA check with the
 * VM's own KVM.
 */
TEST_F_SKIPPABLE(qemu, kvm_patched_qemu_guest_dma_lands, TEST_SECS)
{
	struct edu_pci_dev dev;
	struct nested_cfg cfg = {
		.qemu = QEMU_PATCHED,
		.kvm = true,
		.how = IOMMUFD_FD,
	};
	const int slots[] = { FIRST_SLOT };
	const char *snoop = getenv("IOASID_VM_SNOOP");
	/* 1 without snoop control (QEMU's default VT-d), 0 with it. */
	uint32_t want = snoop && !strcmp(snoop, "on") ? 0 : 1;
	struct ioasid_kvm_test_query q;

	if (!ioasidfd_dev())
		SKIP(return, NOT_IOASIDFD "the KVM handoff this checks");
	if (access(QEMU_PATCHED, X_OK))
		SKIP(return, "no patched QEMU in the image (%s; IOASID_QEMU_PATCHED when making it)",
		     QEMU_PATCHED);
	if (access("/dev/kvm", R_OK | W_OK))
		SKIP(return, "no /dev/kvm (no guest KVM)");
	if (pick_edus(EDU_STANDALONE, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_STANDALONE));
	show_version(QEMU_PATCHED);
	cfg.bdfs[0] = dev.bdf;
	cfg.ndevs = 1;
	nested_start(&self->vm, &cfg);
	expect_pass(&self->vm, slots, 1, START_SECS, "boot");

	/*
	 * QEMU handed its VM over on our context (fd= is the test's own
	 * /dev/ioasid fd): while the edu is attached to a domain that cannot
	 * enforce snooping (the emulated VT-d without snoop control), KVM
	 * counts non-coherent DMA for it.
	 */
	memset(&q, 0, sizeof(q));
	q.size = sizeof(q);
	ASSERT_OK(raw_ioctl(self->vm.iommufd, IOASID_KVM_TEST_QUERY, &q))
		TH_LOG("the context holds no VM: QEMU did not hand it over");
	step("KVM handoff: VM users %u, the VM's non-coherent DMA count %u, the context's %u (holds %u)",
	     q.out_vm_users, q.out_vm_noncoherent, q.out_ctx_noncoherent,
	     q.out_ctx_holds);
	ASSERT_EQ(want, q.out_ctx_holds);
	ASSERT_LE(want, q.out_vm_noncoherent);

	quit(&self->vm);
	check_kernel_log(&self->vm);

	/* QEMU is gone, and with it the device: the count went with it. */
	memset(&q, 0, sizeof(q));
	q.size = sizeof(q);
	ASSERT_OK(raw_ioctl(self->vm.iommufd, IOASID_KVM_TEST_QUERY, &q));
	step("after QEMU exited: the context's non-coherent count %u (holds %u)",
	     q.out_ctx_noncoherent, q.out_ctx_holds);
	ASSERT_EQ(0U, q.out_ctx_holds);
	ASSERT_EQ(0U, q.out_ctx_noncoherent);
}

IOASID_TEST_MAIN
