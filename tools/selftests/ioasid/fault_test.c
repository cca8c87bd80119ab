// SPDX-License-Identifier: GPL-2.0
/*
 * fault_test: fault queues (IOMMU_FAULT_QUEUE_ALLOC), HWPTs that report
 * page faults (IOMMU_HWPT_FAULT_ID_VALID) and the fault fd's read, write
 * and poll contract, as include/uapi/linux/ioasid.h documents them.
 *
 * Page requests come from the mock IOMMU (IOMMU_TEST_OP_TRIGGER_IOPF); what
 * the device was answered comes back through IOMMU_TEST_OP_PAGE_RESPONSES.
 * No real IOMMU on 6.1 delivers page requests to user space: the last
 * fixture checks that a VT-d device (edu) cannot have a fault HWPT.
 * Most checks go through libioasid's wrappers, which this also tests.
 */
#include "fixture.h"

#include <poll.h>
#include <sys/epoll.h>
#include <sys/wait.h>

#define REC	sizeof(struct iommu_hwpt_pgfault)
#define RESP	sizeof(struct iommu_hwpt_page_response)
#define MAX_GROUPS 1024

/* The raw ioctl, for size rules. */
static int raw_fault_alloc(int fd, struct iommu_fault_alloc *cmd,
			   uint32_t size)
{
	cmd->size = size;
	return raw_ioctl(fd, IOMMU_FAULT_QUEUE_ALLOC, cmd);
}

/* read(2) as 0/-errno with the byte count in *@len. */
static int raw_read(int fd, void *buf, size_t count, ssize_t *len)
{
	ssize_t n = read(fd, buf, count);

	if (n < 0)
		return -errno;
	*len = n;
	return 0;
}

static int raw_write(int fd, const void *buf, size_t count, ssize_t *len)
{
	ssize_t n = write(fd, buf, count);

	if (n < 0)
		return -errno;
	*len = n;
	return 0;
}

/* A page no access is allowed to (leaked: one per test at most). */
static void *no_access_page(void)
{
	return mmap(NULL, page_size(), PROT_NONE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

#define trigger(fd, dev, grpid)						\
	ASSERT_OK(raw_trigger_iopf(fd, dev, 0, grpid,			\
				   IOMMU_PGFAULT_PERM_READ, 0x1000000))

#define get_responses(fd, dev, r)					\
	ASSERT_OK(raw_page_responses(fd, dev, r))

/* Read exactly one group of one record. */
#define read_one(ffd, rec)						\
	do {								\
		size_t __n = 0;						\
		ASSERT_OK(ioasid_fault_read(ffd, rec, 1, &__n));	\
		ASSERT_EQ(1U, __n);					\
	} while (0)

/* Nothing pending. */
#define assert_empty(ffd)						\
	do {								\
		struct iommu_hwpt_pgfault __r;				\
		size_t __n = 1;						\
		ASSERT_OK(ioasid_fault_read(ffd, &__r, 1, &__n));	\
		ASSERT_EQ(0U, __n);					\
	} while (0)

/* ==== one mock device on a HWPT with a fault queue ===================== */

FIXTURE(fault) {
	T_IOAS(io);
	uint32_t stdev;
	uint32_t idev;
	uint32_t plain;		/* a HWPT of the IOAS with no fault queue */
	uint32_t fault_id;
	int ffd;
	uint32_t hwpt;		/* FAULT_ID_VALID, the device attached to it */
};

FIXTURE_SETUP(fault)
{
	uint32_t pt;

	self->ffd = -1;
	t_ioas_setup(&self->io, 0);
	if (!t_need_mock_with(self->fd, MOCK_NEEDS_PASID |
					  MOCK_NEEDS_PAGE_RESPONSES))
		return;
	/* With PASIDs, so requests tagged with one can be routed. */
	ASSERT_OK(raw_mock_domain_flags(self->fd, self->ioas,
					MOCK_FLAGS_DEVICE_PASID, &self->stdev,
					NULL, &self->idev));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas, 0,
				    &self->plain));
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &self->fault_id,
					   &self->ffd));
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas,
					  IOMMU_HWPT_ALLOC_PASID,
					  self->fault_id, &self->hwpt));
	pt = self->hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_EQ(self->hwpt, pt);
}

FIXTURE_TEARDOWN(fault)
{
	if (self->ffd >= 0)
		close(self->ffd);
	t_ioas_teardown(&self->io);
}

/* ---- IOMMU_FAULT_QUEUE_ALLOC ------------------------------------------ */

TEST_F_SKIPPABLE(fault, alloc_returns_an_id_and_a_cloexec_fd, 30)
{
	uint32_t id2;
	int ffd2;

	ASSERT_NE(0U, self->fault_id);
	ASSERT_LE(0, self->ffd);
	ASSERT_EQ(FD_CLOEXEC, fcntl(self->ffd, F_GETFD) & FD_CLOEXEC);
	ASSERT_EQ(O_RDWR, fcntl(self->ffd, F_GETFL) & O_ACCMODE);
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &id2, &ffd2));
	ASSERT_NE(self->fault_id, id2);
	ASSERT_NE(self->ffd, ffd2);
	ASSERT_ERRNO(EINVAL, ioasid_fault_queue_alloc(self->fd, NULL, &ffd2));
	ASSERT_ERRNO(EINVAL, ioasid_fault_queue_alloc(self->fd, &id2, NULL));
	close(ffd2);
	test_destroy(self->fd, id2);
}

TEST_F_SKIPPABLE(fault, alloc_size_and_flags_rules, 30)
{
	struct {
		struct iommu_fault_alloc cmd;
		uint64_t tail;
	} big = {};
	struct iommu_fault_alloc cmd = { .flags = 1 };

	ASSERT_ERRNO(EOPNOTSUPP, raw_fault_alloc(self->fd, &cmd,
						 sizeof(cmd)));
	cmd.flags = 1u << 31;
	ASSERT_ERRNO(EOPNOTSUPP, raw_fault_alloc(self->fd, &cmd,
						 sizeof(cmd)));
	cmd.flags = 0;
	ASSERT_ERRNO(EINVAL, raw_fault_alloc(self->fd, &cmd, 15));
	ASSERT_ERRNO(EINVAL, raw_fault_alloc(self->fd, &cmd, 0));
	/* A longer struct is fine if its tail is zero, E2BIG if not. */
	big.tail = 1;
	ASSERT_ERRNO(E2BIG, raw_fault_alloc(self->fd, &big.cmd, sizeof(big)));
	big.tail = 0;
	ASSERT_OK(raw_fault_alloc(self->fd, &big.cmd, sizeof(big)));
	ASSERT_OK(close((int)big.cmd.out_fault_fd));
	test_destroy(self->fd, big.cmd.out_fault_id);
}

TEST_F_SKIPPABLE(fault, destroy_is_ebusy_while_the_fd_is_open_or_a_hwpt_uses_it, 30)
{
	uint32_t id2, pt;
	int ffd2;

	/* Unused by any HWPT: busy only while its fd is open. */
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &id2, &ffd2));
	ASSERT_ERRNO(EBUSY, ioasid_destroy(self->fd, id2));
	close(ffd2);
	ASSERT_OK(ioasid_destroy(self->fd, id2));
	ASSERT_ERRNO(ENOENT, ioasid_destroy(self->fd, id2));

	/* Used by a HWPT: busy until the HWPT is gone. */
	close(self->ffd);
	self->ffd = -1;
	ASSERT_ERRNO(EBUSY, ioasid_destroy(self->fd, self->fault_id));
	ASSERT_ERRNO(EBUSY, ioasid_destroy(self->fd, self->hwpt));
	pt = self->plain;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_ERRNO(EBUSY, ioasid_destroy(self->fd, self->fault_id));
	ASSERT_OK(ioasid_destroy(self->fd, self->hwpt));
	ASSERT_OK(ioasid_destroy(self->fd, self->fault_id));
}

TEST_F_SKIPPABLE(fault, a_fault_queue_is_no_attach_target, 30)
{
	uint32_t pt = self->fault_id;

	ASSERT_ERRNO(EINVAL, raw_mock_domain_replace(self->fd, self->stdev,
						     &pt));
}

/* ---- IOMMU_HWPT_ALLOC with FAULT_ID_VALID ----------------------------- */

TEST_F_SKIPPABLE(fault, hwpt_alloc_fault_id_rules, 30)
{
	uint32_t hwpt2, id2;
	int ffd2;

	/* Not a fault queue: ENOENT, as upstream. */
	ASSERT_ERRNO(ENOENT, ioasid_hwpt_alloc_fault(self->fd, self->idev,
						     self->ioas, 0, 0,
						     &hwpt2));
	ASSERT_ERRNO(ENOENT, ioasid_hwpt_alloc_fault(self->fd, self->idev,
						     self->ioas, 0, 99999,
						     &hwpt2));
	ASSERT_ERRNO(ENOENT, ioasid_hwpt_alloc_fault(self->fd, self->idev,
						     self->ioas, 0,
						     self->ioas, &hwpt2));
	ASSERT_ERRNO(ENOENT, ioasid_hwpt_alloc_fault(self->fd, self->idev,
						     self->ioas, 0,
						     self->hwpt, &hwpt2));
	/* A nest parent takes no page requests. */
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas,
					     IOMMU_HWPT_ALLOC_NEST_PARENT,
					     self->fault_id, &hwpt2));
	/* The plain wrapper passes no queue. */
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				       IOMMU_HWPT_FAULT_ID_VALID, &hwpt2));
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_alloc_fault(self->fd, self->idev,
						     self->ioas, 0,
						     self->fault_id, NULL));

	/* Several HWPTs may share a queue; a queue with no fd still works. */
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &id2, &ffd2));
	close(ffd2);
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas, 0,
					  id2, &hwpt2));
	ASSERT_ERRNO(EBUSY, ioasid_destroy(self->fd, id2));
	test_destroy(self->fd, hwpt2);
	test_destroy(self->fd, id2);
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas, 0,
					  self->fault_id, &hwpt2));
	test_destroy(self->fd, hwpt2);
	/* Failed allocations left no reference on the queue behind. */
	close(self->ffd);
	self->ffd = -1;
	test_destroy(self->fd, self->stdev);
	test_destroy(self->fd, self->hwpt);
	test_destroy(self->fd, self->fault_id);
}

/* ---- TRIGGER_IOPF and read() ------------------------------------------- */

TEST_F_SKIPPABLE(fault, a_page_request_reads_back_as_one_whole_record, 30)
{
	struct iommu_hwpt_pgfault rec[2];
	struct responses r;
	uint32_t pt;

	memset(rec, 0xa5, sizeof(rec));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0, 0x2,
				   IOMMU_PGFAULT_PERM_READ |
					   IOMMU_PGFAULT_PERM_WRITE,
				   0xdeadbeaf));
	read_one(self->ffd, rec);
	ASSERT_EQ(IOMMU_PGFAULT_FLAGS_LAST_PAGE, rec[0].flags);
	ASSERT_EQ(self->idev, rec[0].dev_id);
	ASSERT_EQ(0U, rec[0].pasid);
	ASSERT_EQ(0x2U, rec[0].grpid);
	ASSERT_EQ(IOMMU_PGFAULT_PERM_READ | IOMMU_PGFAULT_PERM_WRITE,
		  rec[0].perm);
	ASSERT_EQ(0U, rec[0].__reserved);
	ASSERT_EQ(0xdeadbeafULL, rec[0].addr);
	ASSERT_EQ(page_size(), rec[0].length);
	ASSERT_NE(0U, rec[0].cookie);
	/* Nothing written past the record. */
	ASSERT_EQ(0xa5a5a5a5U, rec[1].flags);

	/* A non-zero PASID comes with PASID_VALID, from its own HWPT. */
	pt = self->hwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 0x1, &pt));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0x1, 0x7,
				   IOMMU_PGFAULT_PERM_EXEC |
					   IOMMU_PGFAULT_PERM_PRIV,
				   0x123000));
	read_one(self->ffd, &rec[1]);
	ASSERT_EQ(IOMMU_PGFAULT_FLAGS_LAST_PAGE |
			  IOMMU_PGFAULT_FLAGS_PASID_VALID,
		  rec[1].flags);
	ASSERT_EQ(0x1U, rec[1].pasid);
	ASSERT_EQ(0x7U, rec[1].grpid);
	ASSERT_EQ(IOMMU_PGFAULT_PERM_EXEC | IOMMU_PGFAULT_PERM_PRIV,
		  rec[1].perm);
	ASSERT_EQ(0x123000ULL, rec[1].addr);
	ASSERT_NE(rec[0].cookie, rec[1].cookie);

	/* Read, but not answered yet. */
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(0U, r.success);
	ASSERT_EQ(0U, r.invalid);
	assert_empty(self->ffd);
}

TEST_F_SKIPPABLE(fault, read_returns_as_many_whole_groups_as_fit_in_order, 30)
{
	struct iommu_hwpt_pgfault rec[4];
	size_t n;
	int i;

	for (i = 0; i != 3; i++)
		trigger(self->fd, self->idev, 10 + i);
	ASSERT_OK(ioasid_fault_read(self->ffd, rec, 2, &n));
	ASSERT_EQ(2U, n);
	ASSERT_EQ(10U, rec[0].grpid);
	ASSERT_EQ(11U, rec[1].grpid);
	ASSERT_OK(ioasid_fault_read(self->ffd, rec, 4, &n));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(12U, rec[0].grpid);
	assert_empty(self->ffd);
}

TEST_F_SKIPPABLE(fault, read_with_a_bad_length_or_offset_changes_nothing, 30)
{
	struct iommu_hwpt_pgfault rec[2];
	ssize_t len = 0;
	size_t n;

	/* Empty queue: a whole-record length reads 0 bytes, even 0. */
	ASSERT_OK(raw_read(self->ffd, rec, REC, &len));
	ASSERT_EQ(0, len);
	ASSERT_OK(raw_read(self->ffd, rec, 0, &len));
	ASSERT_EQ(0, len);
	ASSERT_ERRNO(ESPIPE, raw_read(self->ffd, rec, REC - 1, &len));

	trigger(self->fd, self->idev, 1);
	/* Not a multiple of the record: ESPIPE. */
	ASSERT_ERRNO(ESPIPE, raw_read(self->ffd, rec, 1, &len));
	ASSERT_ERRNO(ESPIPE, raw_read(self->ffd, rec, REC / 2, &len));
	ASSERT_ERRNO(ESPIPE, raw_read(self->ffd, rec, REC + 8, &len));
	/* Too short for the first group: EINVAL. */
	ASSERT_ERRNO(EINVAL, raw_read(self->ffd, rec, 0, &len));
	ASSERT_ERRNO(EINVAL, ioasid_fault_read(self->ffd, rec, 0, &n));
	/* A file offset: ESPIPE. */
	ASSERT_EQ(-1, pread(self->ffd, rec, REC, 1));
	ASSERT_EQ(ESPIPE, errno);
	ASSERT_EQ(-1, lseek(self->ffd, 0, SEEK_SET));
	ASSERT_EQ(ESPIPE, errno);
	/* A bad buffer: EFAULT, and the group stays first in line. */
	ASSERT_ERRNO(EFAULT, raw_read(self->ffd, no_access_page(), REC,
				      &len));
	ASSERT_ERRNO(EINVAL, ioasid_fault_read(self->ffd, NULL, 1, &n));
	ASSERT_ERRNO(EINVAL, ioasid_fault_read(self->ffd, rec, 1, NULL));

	ASSERT_OK(raw_read(self->ffd, rec, sizeof(rec), &len));
	ASSERT_EQ((ssize_t)REC, len);
	ASSERT_EQ(1U, rec[0].grpid);
	assert_empty(self->ffd);
}

TEST_F_SKIPPABLE(fault, poll_and_epoll_say_readable_while_faults_are_unread, 30)
{
	struct pollfd pfd = { .fd = self->ffd, .events = POLLIN | POLLOUT };
	struct epoll_event ev = { .events = EPOLLIN }, out;
	struct iommu_hwpt_pgfault rec;
	int ep = epoll_create1(EPOLL_CLOEXEC);

	ASSERT_LE(0, ep);
	ASSERT_OK(epoll_ctl(ep, EPOLL_CTL_ADD, self->ffd, &ev));
	ASSERT_EQ(0, epoll_wait(ep, &out, 1, 0));
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLOUT, pfd.revents);

	trigger(self->fd, self->idev, 1);
	trigger(self->fd, self->idev, 2);
	ASSERT_EQ(1, epoll_wait(ep, &out, 1, 1000));
	ASSERT_TRUE(out.events & EPOLLIN);
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLIN | POLLOUT, pfd.revents);

	/* One left: still readable; none left: not, though unanswered. */
	read_one(self->ffd, &rec);
	ASSERT_EQ(1, epoll_wait(ep, &out, 1, 0));
	read_one(self->ffd, &rec);
	ASSERT_EQ(0, epoll_wait(ep, &out, 1, 0));
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLOUT, pfd.revents);
	close(ep);
}

TEST_F_SKIPPABLE(fault, a_blocked_poll_wakes_up_when_a_fault_arrives, 30)
{
	struct pollfd pfd = { .fd = self->ffd, .events = POLLIN };
	pid_t pid;
	int status;

	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		usleep(200 * 1000);
		_exit(raw_trigger_iopf(self->fd, self->idev, 0, 5,
				       IOMMU_PGFAULT_PERM_READ, 0x1000000) ?
			      1 : 0);
	}
	ASSERT_EQ(1, poll(&pfd, 1, 30 * 1000));
	ASSERT_EQ(POLLIN, pfd.revents);
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* ---- write() ----------------------------------------------------------- */

TEST_F_SKIPPABLE(fault, a_response_reaches_the_device_with_its_code, 30)
{
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t pt;

	pt = self->hwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 3, &pt));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 3, 0x2,
				   IOMMU_PGFAULT_PERM_READ, 0x1000000));
	read_one(self->ffd, &rec);
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec.cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.success);
	ASSERT_EQ(0U, r.invalid);
	ASSERT_EQ((uint32_t)IOMMUFD_PAGE_RESP_SUCCESS, r.last_code);
	ASSERT_EQ(0x2U, r.last_grpid);
	ASSERT_EQ(3U, r.last_pasid);

	trigger(self->fd, self->idev, 9);
	read_one(self->ffd, &rec);
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec.cookie,
				       IOMMUFD_PAGE_RESP_INVALID));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.success);
	ASSERT_EQ(1U, r.invalid);
	ASSERT_EQ((uint32_t)IOMMUFD_PAGE_RESP_INVALID, r.last_code);
	ASSERT_EQ(9U, r.last_grpid);
}

TEST_F_SKIPPABLE(fault, bad_responses_are_refused_and_change_nothing, 30)
{
	struct iommu_hwpt_page_response resp[2];
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	ssize_t len = 0;

	/* Never raised: no cookie is known yet, 0 never is. */
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, 0, 0));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, 1, 0));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, UINT32_MAX, 0));

	trigger(self->fd, self->idev, 4);
	read_one(self->ffd, &rec);
	/* Unknown cookie, unknown code. */
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec.cookie + 1,
						  IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec.cookie, 2));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec.cookie,
						  UINT32_MAX));
	/* Lengths that are no multiple of the response: ESPIPE. */
	resp[0].cookie = rec.cookie;
	resp[0].code = IOMMUFD_PAGE_RESP_SUCCESS;
	ASSERT_ERRNO(ESPIPE, raw_write(self->ffd, resp, RESP - 1, &len));
	ASSERT_ERRNO(ESPIPE, raw_write(self->ffd, resp, RESP + 1, &len));
	ASSERT_EQ(-1, pwrite(self->ffd, resp, RESP, 8));
	ASSERT_EQ(ESPIPE, errno);
	ASSERT_ERRNO(EFAULT, raw_write(self->ffd, no_access_page(), RESP,
				       &len));
	ASSERT_OK(raw_write(self->ffd, resp, 0, &len));
	ASSERT_EQ(0, len);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(0U, r.success + r.invalid);

	/* The good one, then a second answer to it. */
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec.cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec.cookie,
						  IOMMUFD_PAGE_RESP_SUCCESS));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.success);
	ASSERT_EQ(0U, r.invalid);
	/* Answered, the cookie is not handed out again soon. */
	trigger(self->fd, self->idev, 5);
	read_one(self->ffd, &rec);
	ASSERT_NE(resp[0].cookie, rec.cookie);

	/* Several at once: handled up to the first bad one. */
	resp[0].cookie = rec.cookie;
	resp[1] = resp[0];
	ASSERT_OK(raw_write(self->ffd, resp, sizeof(resp), &len));
	ASSERT_EQ((ssize_t)RESP, len);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(2U, r.success);
}

TEST_F_SKIPPABLE(fault, responses_in_any_order_and_in_one_write, 30)
{
	struct iommu_hwpt_page_response resp[3];
	struct iommu_hwpt_pgfault rec[3];
	struct responses r;
	ssize_t len = 0;
	size_t n;
	int i;

	for (i = 0; i != 3; i++)
		trigger(self->fd, self->idev, 20 + i);
	ASSERT_OK(ioasid_fault_read(self->ffd, rec, 3, &n));
	ASSERT_EQ(3U, n);
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec[1].cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	resp[0] = (struct iommu_hwpt_page_response){ rec[2].cookie,
						    IOMMUFD_PAGE_RESP_INVALID };
	resp[1] = (struct iommu_hwpt_page_response){ rec[0].cookie,
						    IOMMUFD_PAGE_RESP_SUCCESS };
	ASSERT_OK(raw_write(self->ffd, resp, 2 * RESP, &len));
	ASSERT_EQ((ssize_t)(2 * RESP), len);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(2U, r.success);
	ASSERT_EQ(1U, r.invalid);
	ASSERT_EQ(20U, r.last_grpid);
}

/* ---- what answers pending faults with failure ------------------------- */

TEST_F_SKIPPABLE(fault, a_request_with_nowhere_to_go_is_answered_at_once, 30)
{
	struct responses r;
	uint32_t pt = self->plain;

	ASSERT_ERRNO(ENOENT, raw_trigger_iopf(self->fd, 99999, 0, 1, 0, 0));
	ASSERT_ERRNO(ENOENT, raw_trigger_iopf(self->fd, self->ioas, 0, 1, 0,
					      0));
	/* On a HWPT without a fault queue. */
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	trigger(self->fd, self->idev, 3);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.invalid);
	ASSERT_EQ(3U, r.last_grpid);
	assert_empty(self->ffd);
	ASSERT_ERRNO(ENOENT, raw_page_responses(self->fd, 99999, &r));
}

TEST_F_SKIPPABLE(fault, detach_answers_the_devices_pending_faults, 30)
{
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t pt = self->plain;

	trigger(self->fd, self->idev, 1);
	trigger(self->fd, self->idev, 2);
	read_one(self->ffd, &rec);	/* read, unanswered */
	/* one more unread */
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(0U, r.success);
	ASSERT_EQ(2U, r.invalid);
	assert_empty(self->ffd);
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec.cookie,
						  IOMMUFD_PAGE_RESP_SUCCESS));

	/* Back on the HWPT the queue works again. */
	pt = self->hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	trigger(self->fd, self->idev, 3);
	read_one(self->ffd, &rec);
	ASSERT_EQ(3U, rec.grpid);
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec.cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.success);
	ASSERT_EQ(2U, r.invalid);
}

TEST_F_SKIPPABLE(fault, replace_between_two_fault_hwpts_answers_the_old_ones, 30)
{
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t hwpt2, pt;

	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas, 0,
					  self->fault_id, &hwpt2));
	trigger(self->fd, self->idev, 1);
	pt = hwpt2;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.invalid);
	assert_empty(self->ffd);
	/* New faults come from the new HWPT into the same queue. */
	trigger(self->fd, self->idev, 2);
	read_one(self->ffd, &rec);
	ASSERT_EQ(2U, rec.grpid);
	pt = self->hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(2U, r.invalid);
	test_destroy(self->fd, hwpt2);
}

TEST_F_SKIPPABLE(fault, only_the_leaving_devices_faults_are_answered, 30)
{
	struct iommu_hwpt_pgfault rec[2];
	uint32_t stdev2, idev2, pt;
	struct responses r;
	size_t n;

	/* A second mock device on the same fault HWPT. */
	test_mock_domain(self->fd, self->hwpt, &stdev2, &pt, &idev2);
	ASSERT_EQ(self->hwpt, pt);
	trigger(self->fd, self->idev, 1);
	trigger(self->fd, idev2, 2);
	pt = self->plain;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.invalid);
	get_responses(self->fd, idev2, &r);
	ASSERT_EQ(0U, r.invalid);
	ASSERT_OK(ioasid_fault_read(self->ffd, rec, 2, &n));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(idev2, rec[0].dev_id);
	ASSERT_EQ(2U, rec[0].grpid);

	/* Destroying the device (unbind) takes its faults with it. */
	trigger(self->fd, idev2, 3);
	test_destroy(self->fd, stdev2);
	assert_empty(self->ffd);
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(self->ffd, rec[0].cookie,
						  IOMMUFD_PAGE_RESP_SUCCESS));
}

TEST_F_SKIPPABLE(fault, closing_the_fd_answers_everything_and_what_comes_later, 30)
{
	struct iommu_hwpt_pgfault rec;
	struct responses r;

	trigger(self->fd, self->idev, 1);
	trigger(self->fd, self->idev, 2);
	read_one(self->ffd, &rec);
	ASSERT_OK(close(self->ffd));
	self->ffd = -1;
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(0U, r.success);
	ASSERT_EQ(2U, r.invalid);
	/* Nobody can read the queue now: new faults are answered at once. */
	trigger(self->fd, self->idev, 3);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(3U, r.invalid);
	ASSERT_EQ(3U, r.last_grpid);
}

TEST_F_SKIPPABLE(fault, at_most_1024_groups_wait_and_the_rest_fail_at_once, 30)
{
	static struct iommu_hwpt_pgfault recs[MAX_GROUPS + 1];
	struct responses r;
	size_t n;
	int i;

	for (i = 0; i != MAX_GROUPS; i++)
		trigger(self->fd, self->idev, i);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(0U, r.invalid);
	trigger(self->fd, self->idev, 5000);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.invalid);
	ASSERT_EQ(5000U, r.last_grpid);

	/* Read but unanswered still counts. */
	ASSERT_OK(ioasid_fault_read(self->ffd, recs, MAX_GROUPS + 1, &n));
	ASSERT_EQ((size_t)MAX_GROUPS, n);
	for (i = 0; i != MAX_GROUPS; i++)
		ASSERT_EQ((uint32_t)i, recs[i].grpid);
	trigger(self->fd, self->idev, 5001);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(2U, r.invalid);
	assert_empty(self->ffd);

	/* One answered makes room for one. */
	ASSERT_OK(ioasid_fault_respond(self->ffd, recs[7].cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	trigger(self->fd, self->idev, 5002);
	trigger(self->fd, self->idev, 5003);
	get_responses(self->fd, self->idev, &r);
	ASSERT_EQ(1U, r.success);
	ASSERT_EQ(3U, r.invalid);
	ASSERT_EQ(5003U, r.last_grpid);
	read_one(self->ffd, recs);
	ASSERT_EQ(5002U, recs[0].grpid);
}

/* ---- fd lifetimes ------------------------------------------------------ */

TEST_F_SKIPPABLE(fault, closing_the_fault_fd_then_the_context_frees_everything, 30)
{
	trigger(self->fd, self->idev, 1);
	ASSERT_OK(close(self->ffd));
	self->ffd = -1;
	ASSERT_OK(close(self->fd));
	self->fd = -1;
}

TEST_F_SKIPPABLE(fault, the_fault_fd_keeps_the_context_alive, 30)
{
	struct iommu_hwpt_pgfault rec[2];
	size_t n;

	trigger(self->fd, self->idev, 1);
	trigger(self->fd, self->idev, 2);
	read_one(self->ffd, rec);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	/* Everything is still there: the unread fault, the unanswered one. */
	ASSERT_OK(ioasid_fault_read(self->ffd, rec, 2, &n));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(2U, rec[0].grpid);
	ASSERT_OK(ioasid_fault_respond(self->ffd, rec[0].cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	/* Closing it now releases the context and all its objects. */
	ASSERT_OK(close(self->ffd));
	self->ffd = -1;
}

TEST_F_SKIPPABLE(fault, a_child_holding_the_fault_fd_keeps_the_queue, 30)
{
	struct iommu_hwpt_pgfault rec;
	int status, p[2];
	pid_t pid;
	char c;

	ASSERT_OK(pipe(p));
	trigger(self->fd, self->idev, 1);
	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		close(p[1]);
		close(self->fd);
		/* Wait until the parent has closed its fds. */
		if (read(p[0], &c, 1) != 0)
			_exit(2);
		if (read(self->ffd, &rec, sizeof(rec)) != sizeof(rec) ||
		    rec.grpid != 1)
			_exit(3);
		_exit(ioasid_fault_respond(self->ffd, rec.cookie,
					   IOMMUFD_PAGE_RESP_SUCCESS) ? 4 : 0);
	}
	close(p[0]);
	ASSERT_OK(close(self->ffd));
	self->ffd = -1;
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	close(p[1]);
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	ASSERT_EQ(0, WEXITSTATUS(status));
}

/* ==== an edu device behind VT-d ========================================= */

FIXTURE(fault_edu) {
	T_IOAS(io);
	T_EDU(edu);		/* bound, not attached */
	uint32_t fault_id;
	int ffd;
};

FIXTURE_SETUP(fault_edu)
{
	self->ffd = -1;
	t_ioas_setup(&self->io, 0);
	if (!t_edu_setup(&self->edu, EDU_ANY, self->fd, 0, false))
		return;
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &self->fault_id,
					   &self->ffd));
}

FIXTURE_TEARDOWN(fault_edu)
{
	if (self->ffd >= 0)
		close(self->ffd);
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

/*
 * 6.1's VT-d driver routes no page request to a user-owned domain (and
 * QEMU's VT-d has no PRI): a fault HWPT for a VT-d device is refused with
 * EOPNOTSUPP rather than accepted and left silent.
 */
TEST_F_SKIPPABLE(fault_edu, vtd_refuses_a_fault_hwpt, DEVICE_TEST_TIMEOUT)
{
	uint32_t hwpt, pt;

	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc_fault(self->fd, self->devid, self->ioas,
					     0, self->fault_id, &hwpt));
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc_fault(self->fd, self->devid, self->ioas,
					     0, 99999, &hwpt));
	/* The queue is not held by anything. */
	close(self->ffd);
	self->ffd = -1;
	ASSERT_OK(ioasid_destroy(self->fd, self->fault_id));
	/* A plain HWPT still works, and the device attaches to it. */
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->devid, self->ioas, 0,
				    &hwpt));
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
}

TEST_F_SKIPPABLE(fault_edu, no_page_requests_from_a_real_device,
		 DEVICE_TEST_TIMEOUT)
{
	ASSERT_ERRNO(EINVAL, raw_trigger_iopf(self->fd, self->devid, 0, 1,
					      IOMMU_PGFAULT_PERM_READ, 0));
}

TEST_F_SKIPPABLE(fault_edu, a_vtd_device_cannot_join_a_mock_fault_hwpt,
		 DEVICE_TEST_TIMEOUT)
{
	uint32_t stdev, idev, hwpt, pt;

	if (!t_need_mock(self->fd))
		return;
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, &idev);
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, idev, self->ioas, 0,
					  self->fault_id, &hwpt));
	pt = hwpt;
	ASSERT_ERRNO(EINVAL, ioasid_vfio_attach(self->devfd, &pt));
	test_destroy(self->fd, hwpt);
	test_destroy(self->fd, stdev);
}

/* Mock and real-device fixtures: the mock ones skip without the mock. */
IOASID_TEST_MAIN
