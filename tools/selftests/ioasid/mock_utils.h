/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the selftests of the mock IOMMU (IOMMU_TEST_CMD, test builds
 * of ioasidfd.ko only; see drivers/iommu/ioasid/ioasidfd_test.h).
 *
 * raw_*(): issue one IOMMU_TEST_CMD op, return 0 or -errno, never assert.
 * IOMMU_TEST_CMD is a test-build ioctl libioasid does not wrap, so these
 * are the only way to it; the uAPI ioctls go through libioasid unless a
 * test checks an errno (see ioasid_utils.h).
 * The macros without raw_ assert (they need _metadata, and self->fd).
 */
#ifndef IOASID_MOCK_UTILS_H
#define IOASID_MOCK_UTILS_H

#include "ioasid_utils.h"
#include "ioasidfd_test.h"

/* The mock domain's smallest page. */
static inline size_t mock_page_size(void)
{
	return page_size() / 2;
}

static inline int raw_test_cmd(int fd, struct iommu_test_cmd *cmd)
{
	cmd->size = sizeof(*cmd);
	return raw_ioctl(fd, IOMMU_TEST_CMD, cmd);
}

/* MOCK_DOMAIN (flags 0) or MOCK_DOMAIN_FLAGS; any output may be NULL. */
static inline int raw_mock_domain_flags(int fd, uint32_t pt_id,
					uint32_t dev_flags, uint32_t *stdev,
					uint32_t *hwpt, uint32_t *idev)
{
	struct iommu_test_cmd cmd = {
		.op = dev_flags ? IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS :
				  IOMMU_TEST_OP_MOCK_DOMAIN,
		.id = pt_id,
		.mock_domain_flags = { .dev_flags = dev_flags },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (rc)
		return rc;
	if (stdev)
		*stdev = cmd.mock_domain.out_stdev_id;
	if (hwpt)
		*hwpt = cmd.mock_domain.out_hwpt_id;
	if (idev)
		*idev = cmd.mock_domain.out_idev_id;
	return 0;
}

static inline int raw_mock_domain(int fd, uint32_t pt_id, uint32_t *stdev,
				  uint32_t *hwpt, uint32_t *idev)
{
	return raw_mock_domain_flags(fd, pt_id, 0, stdev, hwpt, idev);
}

/*
 * Why the mock IOMMU cannot be used through the context @fd, or NULL when
 * it can:
 *  - IOMMU_TEST_CMD is an unknown ioctl (ENOTTY): ioasidfd built without
 *    the mock (or an iommufd without CONFIG_IOMMUFD_TEST);
 *  - upstream iommufd (ioasidfd_context() false) whose mock cannot create
 *    a device: IOMMU_TEST_OP_MOCK_DOMAIN on a fresh IOAS of a context of
 *    its own answers EINVAL. Linux 6.12 gives a device without firmware
 *    IOMMU data to the first IOMMU driver registered, so with VT-d live
 *    the mock device ends up with no IOMMU and iommufd refuses to bind it.
 *    The peer lane runs the mock in a second boot without an IOMMU.
 * ioasidfd's own mock never skips for the second reason: a mock domain
 * that fails there fails the tests.
 */
static inline const char *mock_unusable(int fd)
{
	struct iommu_test_cmd cmd = { .op = 0 };
	uint32_t ioas;
	int pfd, rc;

	if (raw_test_cmd(fd, &cmd) == -ENOTTY)
		return "ioasidfd built without the mock IOMMU";
	if (ioasidfd_context(fd))
		return NULL;
	pfd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	if (pfd < 0)
		return NULL;	/* the tests will say why */
	rc = raw_ioas_alloc(pfd, &ioas);
	if (!rc) {
		memset(&cmd, 0, sizeof(cmd));
		cmd.op = IOMMU_TEST_OP_MOCK_DOMAIN;
		cmd.id = ioas;
		rc = raw_test_cmd(pfd, &cmd);
	}
	close(pfd);
	if (rc == -EINVAL)
		return NOT_IOASIDFD "its mock IOMMU gets no devices while "
		       "another IOMMU driver (VT-d) is registered; the peer "
		       "lane runs it in its boot without an IOMMU";
	return NULL;
}

/* What a test may need of the mock beyond what Linux 6.12's mock has. */
#define MOCK_NEEDS_PASID	0x1	/* MOCK_FLAGS_DEVICE_PASID devices */
#define MOCK_NEEDS_PAGE_RESPONSES 0x2	/* IOMMU_TEST_OP_PAGE_RESPONSES */

/*
 * Why the mock of the context @fd lacks something of @needs, or NULL. Asked
 * only of upstream iommufd (ioasidfd's mock has all of it, and a failure
 * there must fail the tests), on a context of its own:
 *  - MOCK_NEEDS_PASID: MOCK_DOMAIN_FLAGS with MOCK_FLAGS_DEVICE_PASID on a
 *    fresh IOAS answers EINVAL (an unknown device flag to 6.12's mock; the
 *    PASID test ops 18-21 come with it upstream);
 *  - MOCK_NEEDS_PAGE_RESPONSES: IOMMU_TEST_OP_PAGE_RESPONSES, ioasidfd's
 *    own test op, answers EOPNOTSUPP (an unknown op).
 */
static inline const char *mock_lacks(int fd, unsigned int needs)
{
	struct iommu_test_cmd cmd;
	const char *why = NULL;
	uint32_t ioas;
	int pfd;

	if (ioasidfd_context(fd))
		return NULL;
	pfd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	if (pfd < 0)
		return NULL;	/* the tests will say why */
	if ((needs & MOCK_NEEDS_PASID) && !raw_ioas_alloc(pfd, &ioas) &&
	    raw_mock_domain_flags(pfd, ioas, MOCK_FLAGS_DEVICE_PASID, NULL,
				  NULL, NULL) == -EINVAL)
		why = NOT_IOASIDFD "its mock has no PASID-capable devices "
		      "(MOCK_FLAGS_DEVICE_PASID is EINVAL: newer than 6.12)";
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_PAGE_RESPONSES;
	if (!why && (needs & MOCK_NEEDS_PAGE_RESPONSES) &&
	    raw_test_cmd(pfd, &cmd) == -EOPNOTSUPP)
		why = NOT_IOASIDFD "IOMMU_TEST_OP_PAGE_RESPONSES is EOPNOTSUPP "
		      "(a test op of ioasidfd's own)";
	close(pfd);
	return why;
}

/* SKIP (then do @ret) when the mock of @fd lacks some of @needs. */
#define SKIP_UNLESS_MOCK_HAS(fd, needs, ret)				\
	do {								\
		const char *__why = mock_lacks(fd, needs);		\
		if (__why)						\
			SKIP(ret, "%s", __why);				\
	} while (0)

/*
 * Like IOASID_TEST_MAIN, and the whole program is skipped when the mock
 * IOMMU cannot be used (see mock_unusable()), or lacks some of @needs
 * (see mock_lacks(); 0: nothing beyond 6.12's mock).
 */
static inline const char *mock_main_skip(unsigned int needs)
{
	int fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	const char *why;

	if (fd < 0)
		return "the device (IOASID_DEV) cannot be opened";
	why = mock_unusable(fd);
	if (!why)
		why = mock_lacks(fd, needs);
	close(fd);
	return why;
}

#define MOCK_TEST_MAIN_NEEDS(needs)					\
	IOASID_TEST_MAIN_UNLESS(mock_main_skip(needs))
#define MOCK_TEST_MAIN	MOCK_TEST_MAIN_NEEDS(0)

/* *@pt_id: in IOAS or HWPT, out the HWPT the mock device is attached to. */
static inline int raw_mock_domain_replace(int fd, uint32_t stdev,
					  uint32_t *pt_id)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE,
		.id = stdev,
		.mock_domain_replace = { .pt_id = *pt_id },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (!rc)
		*pt_id = cmd.mock_domain_replace.pt_id;
	return rc;
}

static inline int raw_add_reserved(int fd, uint32_t ioas, uint64_t start,
				   uint64_t length)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_ADD_RESERVED,
		.id = ioas,
		.add_reserved = { .start = start, .length = length },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_md_check_map(int fd, uint32_t hwpt, uint64_t iova,
				   uint64_t length, const void *uptr)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_MD_CHECK_MAP,
		.id = hwpt,
		.check_map = { .iova = iova, .length = length,
			       .uptr = (uintptr_t)uptr },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_md_check_refs(int fd, const void *uptr,
				    uint64_t length, uint32_t refs)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_MD_CHECK_REFS,
		.check_refs = { .length = length, .uptr = (uintptr_t)uptr,
				.refs = refs },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_create_access(int fd, uint32_t ioas, uint32_t flags,
				    int *access_fd)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_CREATE_ACCESS,
		.id = ioas,
		.create_access = { .flags = flags },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (!rc)
		*access_fd = (int)cmd.create_access.out_access_fd;
	return rc;
}

static inline int raw_access_pages(int fd, int access_fd, uint64_t iova,
				   uint64_t length, const void *uptr,
				   uint32_t flags, uint32_t *pages_id)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_ACCESS_PAGES,
		.id = (uint32_t)access_fd,
		.access_pages = { .flags = flags, .iova = iova,
				  .length = length, .uptr = (uintptr_t)uptr },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (!rc && pages_id)
		*pages_id = cmd.access_pages.out_access_pages_id;
	return rc;
}

static inline int raw_destroy_access_pages(int fd, int access_fd,
					   uint32_t pages_id)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_DESTROY_ACCESS_PAGES,
		.id = (uint32_t)access_fd,
		.destroy_access_pages = { .access_pages_id = pages_id },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_access_rw(int fd, int access_fd, uint64_t iova,
				void *buf, uint64_t length, uint32_t flags)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_ACCESS_RW,
		.id = (uint32_t)access_fd,
		.access_rw = { .iova = iova, .length = length,
			       .uptr = (uintptr_t)buf, .flags = flags },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_access_replace_ioas(int fd, int access_fd,
					  uint32_t ioas)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_ACCESS_REPLACE_IOAS,
		.id = (uint32_t)access_fd,
		.access_replace_ioas = { .ioas_id = ioas },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_set_temp_memory_limit(int fd, uint32_t limit)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT,
		.memory_limit = { .limit = limit },
	};

	return raw_test_cmd(fd, &cmd);
}

/* ---- page requests and nesting ---------------------------------------- */

/* What a mock device was answered (IOMMU_TEST_OP_PAGE_RESPONSES). */
struct responses {
	uint32_t success;
	uint32_t invalid;
	uint32_t last_code;
	uint32_t last_grpid;
	uint32_t last_pasid;
};

static inline int raw_trigger_iopf(int fd, uint32_t dev_id, uint32_t pasid,
			    uint32_t grpid, uint32_t perm, uint64_t addr)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_TRIGGER_IOPF,
		.trigger_iopf = { .dev_id = dev_id, .pasid = pasid,
				  .grpid = grpid, .perm = perm,
				  .addr = addr },
	};

	return raw_test_cmd(fd, &cmd);
}

static inline int raw_page_responses(int fd, uint32_t dev_id, struct responses *r)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_PAGE_RESPONSES,
		.page_responses = { .dev_id = dev_id },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (rc)
		return rc;
	r->success = cmd.page_responses.out_success;
	r->invalid = cmd.page_responses.out_invalid;
	r->last_code = cmd.page_responses.out_last_code;
	r->last_grpid = cmd.page_responses.out_last_grpid;
	r->last_pasid = cmd.page_responses.out_last_pasid;
	return 0;
}

static inline int raw_md_check_iotlb(int fd, uint32_t nested, uint32_t id,
				     uint32_t iotlb)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_MD_CHECK_IOTLB,
		.id = nested,
		.check_iotlb = { .id = id, .iotlb = iotlb },
	};

	return raw_test_cmd(fd, &cmd);
}

/* PASID_ATTACH / PASID_REPLACE; *@pt_id in: IOAS or HWPT, out: HWPT. */
static inline int raw_pasid_set(int fd, uint32_t stdev, uint32_t op,
				uint32_t pasid, uint32_t *pt_id)
{
	struct iommu_test_cmd cmd = {
		.op = op,
		.id = stdev,
		.pasid_attach = { .pasid = pasid, .pt_id = *pt_id },
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (!rc)
		*pt_id = cmd.pasid_attach.pt_id;
	return rc;
}

#define raw_pasid_attach(fd, stdev, pasid, pt_id)			\
	raw_pasid_set(fd, stdev, IOMMU_TEST_OP_PASID_ATTACH, pasid, pt_id)
#define raw_pasid_replace(fd, stdev, pasid, pt_id)			\
	raw_pasid_set(fd, stdev, IOMMU_TEST_OP_PASID_REPLACE, pasid, pt_id)

static inline int raw_pasid_detach(int fd, uint32_t stdev, uint32_t pasid)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_PASID_DETACH,
		.id = stdev,
		.pasid_detach = { .pasid = pasid },
	};

	return raw_test_cmd(fd, &cmd);
}

/* 0 if PASID @pasid of @stdev's device is on @hwpt (0: on nothing). */
static inline int raw_pasid_check(int fd, uint32_t stdev, uint32_t pasid,
				  uint32_t hwpt)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_PASID_CHECK_HWPT,
		.id = stdev,
		.pasid_check = { .pasid = pasid, .hwpt_id = hwpt },
	};

	return raw_test_cmd(fd, &cmd);
}

/* IOMMU_HWPT_ALLOC with all fields as given (size included). */
static inline int raw_hwpt_alloc_cmd(int fd, struct iommu_hwpt_alloc *cmd)
{
	return raw_ioctl(fd, IOMMU_HWPT_ALLOC, cmd);
}

/* A nested mock HWPT on @parent whose IOTLB entries start at @iotlb. */
static inline int raw_nested_alloc(int fd, uint32_t dev_id, uint32_t parent,
				   uint32_t flags, uint32_t iotlb,
				   uint32_t *hwpt)
{
	struct iommu_hwpt_selftest data = { .iotlb = iotlb };
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dev_id = dev_id,
		.pt_id = parent,
		.data_type = IOMMU_HWPT_DATA_SELFTEST,
		.data_len = sizeof(data),
		.data_uptr = (uintptr_t)&data,
	};
	int rc = raw_hwpt_alloc_cmd(fd, &cmd);

	if (!rc && hwpt)
		*hwpt = cmd.out_hwpt_id;
	return rc;
}

/* IOMMU_HWPT_INVALIDATE; *@num in: entries, out: entries handled. */
static inline int raw_hwpt_invalidate(int fd, uint32_t hwpt, uint32_t type,
				      const void *entries, uint32_t entry_len,
				      uint32_t *num)
{
	struct iommu_hwpt_invalidate cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt,
		.data_uptr = (uintptr_t)entries,
		.data_type = type,
		.entry_len = entry_len,
		.entry_num = *num,
	};
	int rc = raw_ioctl(fd, IOMMU_HWPT_INVALIDATE, &cmd);

	*num = cmd.entry_num;
	return rc;
}

/*
 * Anonymous memory in small pages only: MD_CHECK_REFS cannot count pins on
 * huge pages, so keep THP away. Zeroed and faulted in.
 */
static inline void *mock_alloc(size_t npages)
{
	size_t len = npages * page_size();
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	madvise(p, len, MADV_NOHUGEPAGE);
	memset(p, 0, len);
	return p;
}

#define test_mock_domain(fd, pt_id, stdevp, hwptp, idevp)		\
	ASSERT_OK(raw_mock_domain(fd, pt_id, stdevp, hwptp, idevp))

/* Every mock IO page of [iova, iova + len) in @hwpt maps @ptr's memory. */
#define check_map(hwpt, iova, len, ptr)					\
	ASSERT_OK(raw_md_check_map(self->fd, hwpt, iova, len, ptr))

/* Every page of [ptr, ptr + len) is pinned @refs times. */
#define check_refs(ptr, len, refs)					\
	ASSERT_OK(raw_md_check_refs(self->fd, ptr, len, refs))

#endif /* IOASID_MOCK_UTILS_H */
