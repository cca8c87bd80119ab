// SPDX-License-Identifier: GPL-2.0
/*
 * netlink_test: the "ioasid" generic netlink family through ioasidctl.
 *
 * What a test program makes (an IOAS with a mapping, an edu device bound
 * and attached) shows in "ioasidctl -j show" with the right numbers; a
 * context opened by an unprivileged user is all that user sees, while root
 * (CAP_SYS_ADMIN) sees it and its own. ioasidctl is looked for beside this
 * program's directory's programs ($IOASIDCTL, else /opt/ioasid/bin, the
 * test VM's); the tests skip without it, and on upstream's /dev/iommu (the
 * family is ours).
 */
#include "fixture.h"

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define NOBODY		65534

static const char *ioasidctl(void)
{
	const char *p = getenv("IOASIDCTL");

	return p && *p ? p : "/opt/ioasid/bin/ioasidctl";
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

/* The JSON object of context @pid in @json, up to the next context. */
static const char *ctx_of(const char *json, pid_t pid, char *out, size_t len)
{
	char key[64];
	const char *p, *end;

	snprintf(key, sizeof(key), "\"pid\":%d,", (int)pid);
	p = strstr(json, key);
	if (!p)
		return NULL;
	end = strstr(p, "]}");
	snprintf(out, len, "%.*s", end ? (int)(end - p) : (int)strlen(p), p);
	return out;
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
		 "\"bytes\":%zu}", self->ioas, 4 * self->page);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}

	/* Unmapped: the count follows. */
	test_unmap(self->fd, self->ioas, iova, 4 * self->page);
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"ioas\",\"areas\":0,"
		 "\"bytes\":0}", self->ioas);
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

	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"device\",\"name\":\"%s\","
		 "\"attached\":%u}", self->edu.devid, self->edu.dev.bdf, self->edu.hwpt);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}
	snprintf(want, sizeof(want), "{\"id\":%u,\"type\":\"hwpt-paging\",\"pt_id\":%u,"
		 "\"auto\":true}", self->edu.hwpt, self->ioas);
	EXPECT_NE(NULL, strstr(mine, want)) {
		TH_LOG("want %s in %s", want, mine);
	}

	ASSERT_EQ(0, ioasid_vfio_detach(self->edu.devfd));
	ASSERT_EQ(0, show(json, sizeof(json)));
	ASSERT_NE(NULL, ctx_of(json, getpid(), mine, sizeof(mine)));
	snprintf(want, sizeof(want), "\"name\":\"%s\",\"attached\":null",
		 self->edu.dev.bdf);
	EXPECT_NE(NULL, strstr(mine, want));
}

/*
 * A child drops to an unprivileged user, opens a context of its own and
 * reports what it sees: only that one (not root's, which is open here).
 * Root then sees both.
 */
TEST_F(nl, an_unprivileged_user_sees_only_its_own_contexts)
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
		fd = open(IOASID_DEV, O_RDWR);
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
		if (strstr(json, "},{\"id\""))
			_exit(15);
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
