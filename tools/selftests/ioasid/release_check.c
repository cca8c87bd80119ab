// SPDX-License-Identifier: GPL-2.0
/*
 * release_check: what the release build of ioasidfd.ko (the default "make",
 * what "make install-modules" installs) answers, run by the test VM's /init
 * once the test build is unloaded and the release module loaded in its
 * place. It is not a *_test program: against the test build it fails.
 *
 * The release build has no mock IOMMU: IOMMU_TEST_CMD and the KVM test
 * query are unknown ioctls (ENOTTY, whatever the op or size), while the
 * uAPI itself works.
 */
#include "ioasid_utils.h"
#include "ioasidfd_test.h"
#include "ioasidfd_kvm_test.h"

#define BASE_IOVA	0x100000ull

FIXTURE(release) {
	int fd;
};

FIXTURE_SETUP(release)
{
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
}

FIXTURE_TEARDOWN(release)
{
	if (self->fd >= 0)
		close(self->fd);
}

TEST_F(release, iommu_test_cmd_is_enotty_for_every_op)
{
	static const uint32_t ops[] = {
		0, IOMMU_TEST_OP_ADD_RESERVED, IOMMU_TEST_OP_MOCK_DOMAIN,
		IOMMU_TEST_OP_MD_CHECK_MAP, IOMMU_TEST_OP_MD_CHECK_REFS,
		IOMMU_TEST_OP_CREATE_ACCESS,
		IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT,
		IOMMU_TEST_OP_TRIGGER_IOPF, 1000,
	};
	struct iommu_test_cmd cmd;
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		memset(&cmd, 0, sizeof(cmd));
		cmd.size = sizeof(cmd);
		cmd.op = ops[i];
		cmd.memory_limit.limit = 65536;
		ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, IOMMU_TEST_CMD, &cmd));
	}
	/* Whatever the size. */
	memset(&cmd, 0, sizeof(cmd));
	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, IOMMU_TEST_CMD, &cmd));
}

TEST_F(release, kvm_test_query_is_enotty)
{
	struct ioasid_kvm_test_query q = { .size = sizeof(q) };

	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, IOASID_KVM_TEST_QUERY, &q));
}

TEST_F(release, the_iommufd_uapi_works)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t ioas, n = MAX_RANGES;
	size_t page = page_size();
	void *buf = alloc_pages(4);

	ASSERT_NE(NULL, buf);
	test_ioas_alloc(self->fd, &ioas);
	test_map_fixed(self->fd, ioas, buf, 4 * page, BASE_IOVA);
	ASSERT_OK(raw_iova_ranges(self->fd, ioas, r, &n, NULL));
	ASSERT_EQ(1, n);
	test_unmap(self->fd, ioas, BASE_IOVA, 4 * page);
	test_destroy(self->fd, ioas);
	free_pages(buf, 4);
}

IOASID_TEST_MAIN
