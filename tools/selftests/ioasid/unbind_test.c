// SPDX-License-Identifier: GPL-2.0
/*
 * unbind_test: unbinding the VFIO driver (vfio-pci-ioasid; the stock
 * vfio-pci on the peer lane) from a PCI device while user space still holds
 * the device's cdev fd, bound and attached with DMA mapped.
 *
 * The unbind must wait (vfio asks user space to let go) instead of pulling
 * the device away under the fd: the fd keeps working, no new open of the
 * device succeeds, and once the fd is closed the unbind finishes, the
 * /dev/vfio/devices node goes away and the device can be bound again. The
 * test ends by rebinding the device so later programs find it as before.
 */
#include "fixture.h"

#include <dirent.h>
#include <sys/wait.h>

/* Is @bdf bound to @driver (the one it had when the test picked it)? */
static bool bound_to(const char *bdf, const char *driver)
{
	char path[256], link[256];
	const char *base;
	ssize_t n;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver", bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return false;
	link[n] = '\0';
	base = strrchr(link, '/');
	return base && !strcmp(base + 1, driver);
}

/* The /dev/vfio/devices node of @bdf, from sysfs, while it is bound. */
static int cdev_path(const char *bdf, char *out, size_t len)
{
	char dir[256];
	struct dirent *de;
	DIR *d;

	snprintf(dir, sizeof(dir), "/sys/bus/pci/devices/%s/vfio-dev", bdf);
	d = opendir(dir);
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		if (!strncmp(de->d_name, "vfio", 4)) {
			snprintf(out, len, "/dev/vfio/devices/%s", de->d_name);
			closedir(d);
			return 0;
		}
	}
	closedir(d);
	return -ENOENT;
}

/* Has @pid exited within @ms milliseconds? Reaps it and returns its status. */
static bool exited_within(pid_t pid, unsigned int ms, int *status)
{
	unsigned int waited;

	for (waited = 0; waited <= ms; waited += 20) {
		if (waitpid(pid, status, WNOHANG) == pid)
			return true;
		usleep(20 * 1000);
	}
	return false;
}

FIXTURE(unbind) {
	T_IOAS(io);		/* buf: a page at 1 MiB */
	T_EDU(edu);		/* attached to ioas */
	char node[300];	/* /dev/vfio/devices/ + a d_name */
};

FIXTURE_SETUP(unbind)
{
	if (!t_edu_pick(&self->edu, 1, EDU_STANDALONE))
		return;
	ASSERT_OK(cdev_path(self->dev.bdf, self->node, sizeof(self->node)));

	t_ioas_setup(&self->io, 1);
	t_ioas_map_buf(&self->io, 0x100000);
	t_edu_bind(&self->edu, self->fd, self->ioas);
}

FIXTURE_TEARDOWN(unbind)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
	/* Leave the device bound for whoever runs next. */
	if (self->dev.bdf[0] && !bound_to(self->dev.bdf, self->dev.driver))
		sysfs_write("/sys/bus/pci/drivers_probe", self->dev.bdf);
}

TEST_F(unbind, driver_unbind_waits_for_the_open_fd_and_then_completes)
{
	struct vfio_device_info info = { .argsz = sizeof(info) };
	char unbind[300];
	struct edu_bar bar;
	uint32_t ident;
	int status, fd2;
	pid_t pid;

	if (self->devfd < 0)
		SKIP(return, "setup skipped");
	ASSERT_TRUE(bound_to(self->dev.bdf, self->dev.driver));
	snprintf(unbind, sizeof(unbind), "/sys/bus/pci/drivers/%s/unbind",
		 self->dev.driver);

	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		/* Our copy of the fd would hold the device too. */
		close(self->devfd);
		close(self->fd);
		_exit(sysfs_write(unbind, self->dev.bdf) ? 1 : 0);
	}

	/* The unbind blocks while we hold the fd... */
	ASSERT_FALSE(exited_within(pid, 1000, &status));

	/* ...the fd keeps working, BAR and all... */
	ASSERT_OK(ioctl(self->devfd, VFIO_DEVICE_GET_INFO, &info));
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	ASSERT_OK(edu_read32(&bar, EDU_REG_IDENT, &ident));
	ASSERT_EQ(EDU_IDENT, ident);

	/* ...and nobody new gets in. */
	fd2 = open(self->node, O_RDWR | O_CLOEXEC);
	ASSERT_EQ(-1, fd2);
	ASSERT_TRUE(errno == ENODEV || errno == ENOENT || errno == ENXIO)
		TH_LOG("open during unbind: %s", strerror(errno));

	/* Letting go lets the unbind finish. */
	edu_bar_close(&bar);
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	ASSERT_TRUE(exited_within(pid, 10000, &status));
	ASSERT_TRUE(WIFEXITED(status));
	ASSERT_EQ(0, WEXITSTATUS(status));
	ASSERT_FALSE(bound_to(self->dev.bdf, self->dev.driver));
	ASSERT_NE(0, access(self->node, F_OK));

	/* The context is intact: the mapping is still there. */
	test_unmap(self->fd, self->ioas, 0x100000, page_size());

	/* The device binds again (driver_override is still set). */
	ASSERT_OK(sysfs_write("/sys/bus/pci/drivers_probe", self->dev.bdf));
	ASSERT_TRUE(bound_to(self->dev.bdf, self->dev.driver));
	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

TEST_HARNESS_MAIN
