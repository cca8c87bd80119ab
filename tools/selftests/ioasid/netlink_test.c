// SPDX-License-Identifier: GPL-2.0
/*
 * netlink_test: the "ioasid" generic netlink family through ioasidctl.
 *
 * What a test program makes (an IOAS with a mapping, an edu device bound
 * and attached) shows in "ioasidctl -j show" with the right numbers; a
 * context opened by an unprivileged user is all that user sees, while root
 * (CAP_SYS_ADMIN) sees it and its own. "ioasidctl -j monitor" reports, in
 * order, what a context does from its opening to its closing, and an
 * unprivileged user may not listen. ioasidctl is $IOASIDCTL, else the test
 * VM's (/opt/ioasid/bin), else an installed one (/usr/sbin, /usr/local/
 * sbin); the tests skip without it, and on upstream's /dev/iommu (the
 * family is ours).
 */
#include "fixture.h"

#include <dirent.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define NOBODY		65534

/* $IOASIDCTL, else the test VM's, else an installed one (ioasid-tools). */
static const char *ioasidctl(void)
{
	static const char *const where[] = {
		"/opt/ioasid/bin/ioasidctl",
		"/usr/sbin/ioasidctl",
		"/usr/local/sbin/ioasidctl",
	};
	const char *p = getenv("IOASIDCTL");
	size_t i;

	if (p && *p)
		return p;
	for (i = 0; i < sizeof(where) / sizeof(where[0]); i++)
		if (!access(where[i], X_OK))
			return where[i];
	return where[0];
}

/* "ioasidctl -j show" into @buf (NUL-terminated); its exit status. */
static int show(char *buf, size_t len)
{
	char cmd[512];
	size_t n = 0;
	FILE *f;

	snprintf(cmd, sizeof(cmd), "%s -j show", ioasidctl());
	f = popen(cmd, "r");
	if (!f)
		return -1;
	while (n + 1 < len && fgets(buf + n, (int)(len - n), f))
		n += strlen(buf + n);
	buf[n] = 0;
	return pclose(f);
}

/* The JSON of the first context of @pid in @json, up to the next context. */
static const char *ctx_of(const char *json, pid_t pid, char *out, size_t len)
{
	char key[64];
	const char *p, *end;

	snprintf(key, sizeof(key), "\"pid\":%d,", (int)pid);
	p = strstr(json, key);
	if (!p)
		return NULL;
	end = strstr(p + 1, "\"pid\":");
	snprintf(out, len, "%.*s", end ? (int)(end - p) : (int)strlen(p), p);
	return out;
}

/* The vfioN of PCI device @bdf, from sysfs ("" if none). */
static const char *vfio_name(const char *bdf)
{
	static char name[32];
	char path[256];
	struct dirent *e;
	DIR *d;

	name[0] = 0;
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev", bdf);
	d = opendir(path);
	if (!d)
		return name;
	while ((e = readdir(d)))
		if (!strncmp(e->d_name, "vfio", 4))
			snprintf(name, sizeof(name), "%.31s", e->d_name);
	closedir(d);
	return name;
}

static const char *skip_reason(void)
{
	if (access(ioasidctl(), X_OK))
		return "no ioasidctl (build/bin/ioasidctl, $IOASIDCTL)";
	if (!ioasidfd_dev())
		return "the \"ioasid\" netlink family is ioasidfd's";
	return NULL;
}

FIXTURE(nl) {
	T_IOAS(io);
	T_EDU(edu);
};

FIXTURE_SETUP(nl)
{
	t_ioas_setup(&self->io, 4);
}

FIXTURE_TEARDOWN(nl)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

TEST_F(nl, show_lists_this_context_its_ioas_and_its_mapping)
{
	static char json[65536];
	char mine[4096], want[128];
	uint64_t iova = 0x40000000;

	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page, iova);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	ASSERT_NE(NULL, strstr(mine, "\"comm\":\"netlink_test\""));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"ioas\",\"areas\":1,"
		 "\"bytes\":%zu,\"pinned\":0}", self->ioas, 4 * self->page);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}

	/* Unmapped: the count follows. */
	test_unmap(self->fd, self->ioas, iova, 4 * self->page);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"ioas\",\"areas\":0,"
		 "\"bytes\":0,\"pinned\":0}", self->ioas);
	EXPECT_NE(NULL, strstr(mine, want));

	/* Closed: gone. */
	t_ioas_teardown(&self->io);
	ASSERT_EQ(0, show(json, sizeof(json)));
	EXPECT_EQ(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	t_ioas_setup(&self->io, 4);
}

TEST_F(nl, show_lists_an_attached_device_and_its_hwpt)
{
	static char json[65536];
	char mine[4096], want[160];

	if (!t_edu_setup(&self->edu, EDU_STANDALONE, self->fd, self->ioas, false))
		return;
	/* With a device attached, what is mapped is pinned. */
	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page, 0x40000000);

	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"ioas\",\"areas\":1,"
		 "\"bytes\":%zu,\"pinned\":%zu}", self->ioas, 4 * self->page,
		 4 * self->page / (size_t)sysconf(_SC_PAGESIZE));
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}
	EXPECT_NE(NULL, strstr(mine, "\"charged_to\":\"user\",\"kvm\":false"));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"device\",\"name\":\"%s\","
		 "\"vfio\":\"%s\",\"attached\":%u,\"pasids\":0}", self->edu.devid,
		 self->edu.dev.bdf, vfio_name(self->edu.dev.bdf), self->edu.hwpt);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"hwpt-paging\",\"pt_id\":%u,"
		 "\"auto\":true,\"devices\":[%u]}", self->edu.hwpt, self->ioas,
		 self->edu.devid);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}

	ASSERT_EQ(0, ioasid_vfio_detach(self->edu.devfd));
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "\"name\":\"%s\",\"vfio\":\"%s\",\"attached\":null",
		 self->edu.dev.bdf, vfio_name(self->edu.dev.bdf));
	EXPECT_NE(NULL, strstr(mine, want));
	/* No domain left: nothing pinned. */
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"ioas\",\"areas\":1,"
		 "\"bytes\":%zu,\"pinned\":0}", self->ioas, 4 * self->page);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}
}

TEST_F(nl, show_says_whom_pins_are_charged_to_and_a_kvm_vm_held)
{
	static char json[65536];
	char mine[4096];
	int vm, fd;

	/* The mode changes only in a context that holds nothing yet. */
	t_ioas_teardown(&self->io);
	fd = ioasid_open();
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0, 1));
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	EXPECT_NE(NULL, strstr(mine, "\"charged_to\":\"process\",\"kvm\":false"));

	vm = kvm_vm_create();
	if (vm >= 0) {
		ASSERT_EQ(0, ioasid_kvm_handoff(fd, vm));
		ASSERT_EQ(0, show(json, sizeof(json)));
		ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
		EXPECT_NE(NULL, strstr(mine, "\"kvm\":true"));
		ASSERT_EQ(0, ioasid_kvm_drop(fd));
		close(vm);
		ASSERT_EQ(0, show(json, sizeof(json)));
		ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
		EXPECT_NE(NULL, strstr(mine, "\"kvm\":false"));
	}
	close(fd);
	t_ioas_setup(&self->io, 4);
	if (vm < 0)
		SKIP(return, "no KVM VM (/dev/kvm): the VM part did not run");
}

/* "ioasidctl -j monitor" with its output on a pipe; its pid. */
static pid_t start_monitor(int *outfd)
{
	int p[2];
	pid_t pid;

	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], STDOUT_FILENO);
		close(p[0]);
		close(p[1]);
		execl(ioasidctl(), "ioasidctl", "-j", "monitor", (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	*outfd = p[0];
	return pid;
}

/* The next line of @fd into @line, waiting at most @ms; false if none. */
static bool read_line_fd(int fd, char *line, size_t len, int ms)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	size_t n = 0;
	char c;

	while (n + 1 < len) {
		if (poll(&pfd, 1, ms) != 1 || read(fd, &c, 1) != 1)
			return false;
		if (c == '\n')
			break;
		line[n++] = c;
	}
	line[n] = 0;
	return true;
}

TEST_F(nl, monitor_reports_a_context_from_opening_to_closing)
{
	char line[512], ctxkey[64], want[128], log[8192] = "";
	const char *p;
	int out, fd, devfd = -1, i;
	size_t at_ctx_new = 0, at_ioas_new = 0, at_attach = 0, at_detach = 0;
	size_t at_ioas_del = 0, at_ctx_del = 0, n = 0;
	uint32_t ioas, devid, pt = 0, nr = 0;
	struct edu_pci_dev dev;
	pid_t mon;

	mon = start_monitor(&out);
	ASSERT_LT(0, mon);
	ASSERT_TRUE(read_line_fd(out, line, sizeof(line), 10000));
	ASSERT_STREQ("{\"event\":\"listening\"}", line);

	/* A context's life: an IOAS, an edu attached and detached if any. */
	fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioasid_ioas_alloc(fd, &ioas));
	if (pick_edus(EDU_STANDALONE, &dev, 1) == 1) {
		devfd = ioasid_vfio_open_pci(dev.bdf);
		ASSERT_LE(0, devfd);
		ASSERT_EQ(0, ioasid_vfio_bind(devfd, fd, &devid));
		pt = ioas;
		ASSERT_EQ(0, ioasid_vfio_attach(devfd, &pt));
		ASSERT_EQ(0, ioasid_vfio_detach(devfd));
		close(devfd);
	}
	ASSERT_EQ(0, ioasid_destroy(fd, ioas));
	close(fd);

	/* Read until this context is gone. */
	snprintf(ctxkey, sizeof(ctxkey), "\"pid\":%d,", (int)getpid());
	for (i = 0; i < 200 && read_line_fd(out, line, sizeof(line), 10000); i++) {
		n++;
		snprintf(log + strlen(log), sizeof(log) - strlen(log), "# %s\n", line);
		if (!nr && strstr(line, "\"event\":\"ctx-new\"") && strstr(line, ctxkey)) {
			sscanf(strstr(line, "\"ctx\":"), "\"ctx\":%u", &nr);
			at_ctx_new = n;
			continue;
		}
		/* This context's: "ctx":N followed by ',' or '}'. */
		snprintf(want, sizeof(want), "\"ctx\":%u", nr);
		p = nr ? strstr(line, want) : NULL;
		if (!p || (p[strlen(want)] != ',' && p[strlen(want)] != '}'))
			continue;
		snprintf(want, sizeof(want), "\"id\":%u,\"type\":\"ioas\"", ioas);
		if (strstr(line, "obj-new") && strstr(line, want))
			at_ioas_new = n;
		if (strstr(line, "obj-del") && strstr(line, want))
			at_ioas_del = n;
		snprintf(want, sizeof(want), "\"pt_id\":%u", pt);
		if (strstr(line, "\"attach\"") && strstr(line, want))
			at_attach = n;
		if (strstr(line, "\"detach\""))
			at_detach = n;
		if (strstr(line, "ctx-del")) {
			at_ctx_del = n;
			break;
		}
	}
	kill(mon, SIGTERM);
	waitpid(mon, NULL, 0);
	close(out);

	ASSERT_LT(0, at_ctx_del) TH_LOG("events:\n%s", log);
	EXPECT_LT(0, at_ctx_new);
	EXPECT_LT(at_ctx_new, at_ioas_new);
	EXPECT_LT(at_ioas_new, at_ioas_del);
	EXPECT_LT(at_ioas_del, at_ctx_del);
	if (devfd >= 0) {
		EXPECT_LT(at_ioas_new, at_attach);
		EXPECT_LT(at_attach, at_detach);
		EXPECT_LT(at_detach, at_ioas_del);
	}
}

/*
 * A mock device on a HWPT with a fault queue (test builds): a page request
 * group shows as pending and unread, then read, then answered, and the
 * monitor reports it queued and answered.
 */
TEST_F(nl, show_and_monitor_follow_a_page_request_group)
{
	static char json[65536];
	char mine[4096], want[160], line[512];
	uint32_t stdev, hwpt0, idev, fault_id, hwpt, pt;
	bool queued = false, answered = false;
	struct iommu_hwpt_pgfault rec;
	int ffd, out, i;
	size_t n = 0;
	pid_t mon;

	if (!t_need_mock(self->fd))
		return;
	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt0, &idev);
	ASSERT_EQ(0, ioasid_fault_queue_alloc(self->fd, &fault_id, &ffd));
	ASSERT_EQ(0, ioasid_hwpt_alloc_fault(self->fd, idev, self->ioas, 0,
					     fault_id, &hwpt));
	pt = hwpt;
	ASSERT_EQ(0, raw_mock_domain_replace(self->fd, stdev, &pt));

	mon = start_monitor(&out);
	ASSERT_LT(0, mon);
	ASSERT_TRUE(read_line_fd(out, line, sizeof(line), 10000));

	ASSERT_EQ(0, raw_trigger_iopf(self->fd, idev, 0, 1,
				      IOMMU_PGFAULT_PERM_READ, 0x1000000));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"fault\",\"pending\":1,"
		 "\"unread\":1}", fault_id);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}

	ASSERT_EQ(0, ioasid_fault_read(ffd, &rec, 1, &n));
	ASSERT_EQ(1U, n);
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"fault\",\"pending\":1,"
		 "\"unread\":0}", fault_id);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	EXPECT_NE(NULL, strstr(mine, want));

	ASSERT_EQ(0, ioasid_fault_respond(ffd, rec.cookie,
					  IOMMUFD_PAGE_RESP_SUCCESS));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"fault\",\"pending\":0,"
		 "\"unread\":0}", fault_id);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	EXPECT_NE(NULL, strstr(mine, want));

	snprintf(want, sizeof(want), "\"id\":%u,\"type\":\"fault\"", fault_id);
	for (i = 0; i < 100 && !answered &&
		    read_line_fd(out, line, sizeof(line), 10000); i++) {
		if (!strstr(line, want))
			continue;
		if (strstr(line, "\"event\":\"fault\""))
			queued = true;
		if (strstr(line, "\"event\":\"fault-answered\""))
			answered = queued;
	}
	kill(mon, SIGTERM);
	waitpid(mon, NULL, 0);
	close(out);
	close(ffd);
	EXPECT_TRUE(queued);
	EXPECT_TRUE(answered);
}

/*
 * A child drops to an unprivileged user, opens a context of its own and
 * reports what it sees: only that one (not root's, which is open here).
 * Root then sees both.
 */
TEST_F(nl, an_unprivileged_user_sees_only_its_own_contexts_and_no_events)
{
	static char json[65536];
	char mine[4096];
	struct stat st;
	int pipefd[2], status;
	pid_t child;
	char go;

	ASSERT_EQ(0, stat(IOASID_DEV, &st));
	ASSERT_EQ(0, chmod(IOASID_DEV, 0666));
	ASSERT_EQ(0, pipe(pipefd));
	child = fork();
	ASSERT_LE(0, child);
	if (!child) {
		uint32_t ioas;
		int fd, rc;

		close(pipefd[1]);
		if (setgroups(0, NULL) || setresgid(NOBODY, NOBODY, NOBODY) ||
		    setresuid(NOBODY, NOBODY, NOBODY))
			_exit(10);
		/* CLOEXEC: nothing it runs (timeout's watcher) may keep it. */
		fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
		if (fd < 0) {
			printf("# open %s as uid %d: %s\n", IOASID_DEV, NOBODY,
			       strerror(errno));
			_exit(11);
		}
		rc = ioasid_ioas_alloc(fd, &ioas);
		if (rc) {
			printf("# IOMMU_IOAS_ALLOC as uid %d: %s\n", NOBODY,
			       strerror(-rc));
			_exit(17);
		}
		rc = show(json, sizeof(json));
		if (rc)
			_exit(12);
		/* Its own context, and nothing else. */
		if (!ctx_of(json, getpid(), mine, sizeof(mine)))
			_exit(13);
		if (ctx_of(json, getppid(), mine, sizeof(mine)))
			_exit(14);
		/* One context in all: one "pid". */
		if (strstr(strstr(json, "\"pid\":") + 1, "\"pid\":"))
			_exit(15);
		/* The monitor group is for administrators only. */
		snprintf(mine, sizeof(mine), "timeout 5 %s monitor >/dev/null 2>&1",
			 ioasidctl());
		rc = system(mine);
		if (!WIFEXITED(rc) || WEXITSTATUS(rc) != 1) {
			printf("# ioasidctl monitor as uid %d: status %#x\n", NOBODY, rc);
			_exit(18);
		}
		/* Hold the context until root has looked. */
		if (read(pipefd[0], &go, 1) != 1)
			_exit(16);
		_exit(0);
	}
	close(pipefd[0]);

	/* Root's view, once the child's context exists: wait for it. */
	for (int i = 0; i < 500; i++) {
		ASSERT_EQ(0, show(json, sizeof(json)));
		if (ctx_of(json, child, mine, sizeof(mine)))
			break;
		/* A child that gave up early says why in its exit status. */
		if (waitpid(child, &status, WNOHANG) == child) {
			chmod(IOASID_DEV, st.st_mode & 07777);
			ASSERT_TRUE(WIFEXITED(status));
			ASSERT_EQ(0, WEXITSTATUS(status));
		}
		usleep(10000);
	}
	EXPECT_NE(NULL, ctx_of(json, child, mine, sizeof(mine)));
	EXPECT_NE(NULL, strstr(mine, "\"uid\":65534,"));
	EXPECT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));

	ASSERT_EQ(1, write(pipefd[1], "x", 1));
	close(pipefd[1]);
	ASSERT_EQ(child, waitpid(child, &status, 0));
	ASSERT_EQ(0, chmod(IOASID_DEV, st.st_mode & 07777));
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

IOASID_TEST_MAIN_UNLESS(skip_reason())
