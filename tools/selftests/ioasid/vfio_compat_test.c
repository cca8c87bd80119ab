// SPDX-License-Identifier: GPL-2.0
/*
 * vfio_compat_test: VFIO type1 on the /dev/ioasid fd, as iommufd answers it.
 *
 * IOMMU_VFIO_IOAS chooses the context's compat IOAS; the VFIO container
 * ioctls (VFIO_GET_API_VERSION, VFIO_CHECK_EXTENSION, VFIO_SET_IOMMU,
 * VFIO_IOMMU_GET_INFO, VFIO_IOMMU_MAP_DMA, VFIO_IOMMU_UNMAP_DMA) then act on
 * it. The answers checked here are upstream iommufd's (Linux 6.12,
 * drivers/iommu/iommufd/vfio_compat.c and the iommufd selftest's
 * vfio_compat_mock_domain fixture), errno for errno.
 *
 * Fixture vfio_ioas: a context with no compat IOAS: IOMMU_VFIO_IOAS itself
 * (size rules, op, reserved field, GET/SET/CLEAR, what IOMMU_DESTROY does to
 * it, libioasid's wrappers) and every type1 command's argument checks before
 * the ENODEV they then give.
 *
 * Fixture compat: a compat IOAS chosen with VFIO_SET_IOMMU TYPE1v2 or TYPE1
 * (v1: large pages off, unmaps may cut mappings), with a mock domain (the
 * test build's mock IOMMU, whose page tables MD_CHECK_MAP reads) or with no
 * domain at all.
 *
 * What a mapping is made of is checked without the mock too: a range is
 * mapped exactly when IOMMU_IOAS_COPY can copy it out of the compat IOAS.
 * Checks that depend on when pages are pinned (EFAULT for memory that
 * cannot be pinned, VmPin) are made only where a domain needs the pages at
 * map time, upstream too.
 */
#include "fixture.h"

#include <sys/mman.h>

#define NPAGES		16
#define INFO_BUF	4096	/* bytes of GET_INFO buffer */
#define INFO_SIZE	24u	/* sizeof(struct vfio_iommu_type1_info) */
#define DMA_AVAIL_SIZE	12u	/* its cap, padded to 16 in the chain */
#define IOVA_CAP_SIZE	16u	/* the IOVA range cap without entries */
#define MAP_MINSZ	32u	/* argsz, flags, vaddr, iova, size */
#define UNMAP_MINSZ	24u	/* argsz, flags, iova, size */
#define INFO_MINSZ	16u	/* argsz, flags, iova_pgsizes */

/* A VFIO ioctl: its non-negative result, or -errno. */
static long vioctl(int fd, unsigned long cmd, unsigned long arg)
{
	int rc = ioctl(fd, cmd, arg);

	return rc < 0 ? -errno : rc;
}

#define vioctl_p(fd, cmd, p)	vioctl(fd, cmd, (unsigned long)(uintptr_t)(p))

static int raw_vfio_ioas(int fd, uint16_t op, uint32_t *ioas_id)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.ioas_id = *ioas_id,
		.op = op,
	};
	int rc = raw_ioctl(fd, IOMMU_VFIO_IOAS, &cmd);

	*ioas_id = cmd.ioas_id;
	return rc;
}

static int vfio_map(int fd, uint64_t iova, const void *va, uint64_t size,
		    uint32_t flags)
{
	struct vfio_iommu_type1_dma_map map = {
		.argsz = sizeof(map),
		.flags = flags,
		.vaddr = (uintptr_t)va,
		.iova = iova,
		.size = size,
	};

	return vioctl_p(fd, VFIO_IOMMU_MAP_DMA, &map);
}

#define MAP_DMA_RW	(VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE)

/* *@size: in the length to unmap, out what the kernel wrote back there. */
static int vfio_unmap(int fd, uint64_t iova, uint64_t *size, uint32_t flags)
{
	struct vfio_iommu_type1_dma_unmap unmap = {
		.argsz = sizeof(unmap),
		.flags = flags,
		.iova = iova,
		.size = *size,
	};
	int rc = vioctl_p(fd, VFIO_IOMMU_UNMAP_DMA, &unmap);

	*size = unmap.size;
	return rc;
}

/*
 * VFIO_IOMMU_GET_INFO with @argsz, the struct's other fields 0 and every
 * byte of @buf after them 0xaa. Asserts that nothing beyond @argsz changed.
 */
static int __get_info(struct __test_metadata *_metadata, int fd,
		      uint32_t argsz, uint8_t *buf)
{
	struct vfio_iommu_type1_info info = { .argsz = argsz };
	uint8_t before[INFO_BUF];
	uint32_t i;
	int rc;

	memset(buf, 0xaa, INFO_BUF);
	memcpy(buf, &info, argsz < INFO_SIZE ? (argsz > 4 ? argsz : 4) :
					       INFO_SIZE);
	memcpy(before, buf, INFO_BUF);
	rc = vioctl_p(fd, VFIO_IOMMU_GET_INFO, buf);
	for (i = rc ? 0 : argsz; i < INFO_BUF; i++)
		if (buf[i] != before[i])
			break;
	EXPECT_EQ(INFO_BUF, i)
		TH_LOG("argsz %u: byte %u written (rc %d)", argsz, i, rc);
	return rc;
}
#define get_info(argsz, buf)	__get_info(_metadata, self->fd, argsz, buf)

#define info_of(buf)	((struct vfio_iommu_type1_info *)(void *)(buf))

/* The size of the whole answer for @n IOVA ranges. */
static uint32_t info_total(uint32_t n)
{
	return INFO_SIZE + 16 + IOVA_CAP_SIZE +
	       n * (uint32_t)sizeof(struct vfio_iova_range);
}

/*
 * After a GET_INFO with @argsz whose answer needs info_total(@n) bytes:
 * the caps and range entries that fit are there and right (@want), the
 * rest was not written (see __get_info()), and the links between caps are
 * there exactly when the buffer reaches the next cap.
 */
static void __check_caps(struct __test_metadata *_metadata, uint8_t *buf,
			 uint32_t argsz, const struct iommu_iova_range *want,
			 uint32_t n)
{
	const struct vfio_iommu_type1_info_dma_avail *avail =
		(const void *)(buf + INFO_SIZE);
	const struct vfio_iommu_type1_info_cap_iova_range *iova =
		(const void *)(buf + INFO_SIZE + 16);
	uint32_t total = info_total(n), i;

	ASSERT_EQ(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS,
		  info_of(buf)->flags);
	ASSERT_EQ(total, info_of(buf)->argsz);
	if (argsz >= INFO_SIZE)
		ASSERT_EQ(argsz >= total ? INFO_SIZE : 0,
			  info_of(buf)->cap_offset);

	if (argsz >= INFO_SIZE + DMA_AVAIL_SIZE) {
		ASSERT_EQ(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL, avail->header.id);
		ASSERT_EQ(1, avail->header.version);
		ASSERT_EQ(UINT32_MAX, avail->avail);
		/* Linked once the buffer reaches where the next cap goes. */
		ASSERT_EQ(argsz >= INFO_SIZE + 16 ? INFO_SIZE + 16 : 0,
			  avail->header.next);
	}
	for (i = 0; i != n; i++) {
		if (argsz < INFO_SIZE + 16 + IOVA_CAP_SIZE +
				    (i + 1) * sizeof(struct vfio_iova_range))
			break;
		ASSERT_EQ(want[i].start, iova->iova_ranges[i].start);
		ASSERT_EQ(want[i].last, iova->iova_ranges[i].end);
	}
	if (argsz >= total) {
		ASSERT_EQ(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE,
			  iova->header.id);
		ASSERT_EQ(1, iova->header.version);
		ASSERT_EQ(0, iova->header.next);
		ASSERT_EQ(n, iova->nr_iovas);
		ASSERT_EQ(0, iova->reserved);
	}
}
#define check_caps(buf, argsz, want, n)					\
	__check_caps(_metadata, buf, argsz, want, n)

/* ==== no compat IOAS ================================================== */

FIXTURE(vfio_ioas) {
	T_IOAS(io);		/* buf: one page */
};

FIXTURE_SETUP(vfio_ioas)
{
	t_ioas_setup(&self->io, 1);
}

FIXTURE_TEARDOWN(vfio_ioas)
{
	t_ioas_teardown(&self->io);
}

TEST_F(vfio_ioas, size_below_12_is_einval_and_a_dirty_tail_e2big)
{
	struct iommu_vfio_ioas cmd = {
		.ioas_id = self->ioas,
		.op = IOMMU_VFIO_IOAS_SET,
	};
	uint32_t id = 0;

	ASSERT_ERRNO(EINVAL, raw_ioctl_sized(self->fd, IOMMU_VFIO_IOAS, &cmd,
					     sizeof(cmd), 11, false));
	ASSERT_ERRNO(EINVAL, raw_ioctl_sized(self->fd, IOMMU_VFIO_IOAS, &cmd,
					     sizeof(cmd), 0, false));
	ASSERT_ERRNO(E2BIG, raw_ioctl_sized(self->fd, IOMMU_VFIO_IOAS, &cmd,
					    sizeof(cmd), sizeof(cmd) + 8,
					    true));
	/* None of them set anything. */
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));
	/* A longer struct with a zero tail is fine. */
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_VFIO_IOAS, &cmd,
				  sizeof(cmd), sizeof(cmd) + 8, false));
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET, &id));
	ASSERT_EQ(self->ioas, id);
	/* Exactly 12 bytes: GET writes back within them. */
	cmd.op = IOMMU_VFIO_IOAS_GET;
	cmd.ioas_id = 0;
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_VFIO_IOAS, &cmd,
				  sizeof(cmd), 12, false));
	ASSERT_EQ(self->ioas, cmd.ioas_id);
}

TEST_F(vfio_ioas, reserved_field_and_unknown_op_are_eopnotsupp)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.ioas_id = self->ioas,
		.op = IOMMU_VFIO_IOAS_SET,
		.__reserved = 1,
	};
	uint32_t id = 0;

	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
	cmd.__reserved = 0x8000;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));

	cmd.__reserved = 0;
	cmd.op = IOMMU_VFIO_IOAS_CLEAR + 1;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
	cmd.op = 0xffff;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
	/* The reserved field is checked before a GET looks for the IOAS. */
	cmd.op = IOMMU_VFIO_IOAS_GET;
	cmd.__reserved = 1;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
}

TEST_F(vfio_ioas, get_set_clear)
{
	uint32_t id = 0xdeadbeef, ioas2;

	/* GET with none is ENODEV and leaves the struct alone. */
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));
	ASSERT_EQ(0xdeadbeef, id);

	id = self->ioas;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));
	id = 0;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET, &id));
	ASSERT_EQ(self->ioas, id);

	/* SET replaces. */
	test_ioas_alloc(self->fd, &ioas2);
	id = ioas2;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET, &id));
	ASSERT_EQ(ioas2, id);

	/* CLEAR, twice: the second has nothing to clear and succeeds. */
	id = 12345;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_CLEAR, &id));
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_CLEAR, &id));
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));

	/* Neither SET nor CLEAR holds the IOAS: both can be destroyed. */
	test_destroy(self->fd, ioas2);
	test_destroy(self->fd, self->ioas);
	self->ioas = 0;
}

TEST_F(vfio_ioas, set_of_anything_but_an_ioas_is_enoent)
{
	struct iommu_fault_alloc fault = { .size = sizeof(fault) };
	uint32_t id;

	id = 0;
	ASSERT_ERRNO(ENOENT, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET,
					   &id));
	id = self->ioas + 1000;
	ASSERT_ERRNO(ENOENT, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET,
					   &id));
	/* An object of another kind: a fault queue. */
	ASSERT_OK(raw_ioctl(self->fd, IOMMU_FAULT_QUEUE_ALLOC, &fault));
	id = fault.out_fault_id;
	ASSERT_ERRNO(ENOENT, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET,
					   &id));
	close((int)fault.out_fault_fd);
	/* None of them was set. */
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));

	/* An IOAS of another context is no IOAS of this one. */
	{
		int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
		uint32_t other;

		ASSERT_LE(0, fd2);
		test_ioas_alloc(fd2, &other);
		test_ioas_alloc(fd2, &other);
		ASSERT_NE(self->ioas, other);
		id = other;
		ASSERT_ERRNO(ENOENT, raw_vfio_ioas(self->fd,
						   IOMMU_VFIO_IOAS_SET, &id));
		/* And each context has its own compat IOAS. */
		id = other;
		ASSERT_OK(raw_vfio_ioas(fd2, IOMMU_VFIO_IOAS_SET, &id));
		ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd,
						   IOMMU_VFIO_IOAS_GET, &id));
		close(fd2);
	}
}

TEST_F(vfio_ioas, destroy_clears_it_even_when_the_id_comes_back)
{
	uint32_t id = self->ioas, again, other;

	test_ioas_alloc(self->fd, &other);
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));
	/* Another IOAS going changes nothing. */
	test_destroy(self->fd, other);
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET, &id));
	ASSERT_EQ(self->ioas, id);

	test_destroy(self->fd, self->ioas);
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_SET_IOMMU,
				    VFIO_TYPE1v2_IOMMU));
	/* A new IOAS, whatever its ID, is not the compat IOAS. */
	test_ioas_alloc(self->fd, &again);
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));
	ASSERT_ERRNO(ENODEV, vfio_map(self->fd, MOCK_APERTURE_START,
				      self->buf, page_size(), MAP_DMA_RW));
	self->ioas = again;
}

TEST_F(vfio_ioas, libioasid_wrappers)
{
	uint32_t id = 0;

	ASSERT_EQ(-EINVAL, ioasid_vfio_ioas_get(self->fd, NULL));
	ASSERT_EQ(-ENODEV, ioasid_vfio_ioas_get(self->fd, &id));
	ASSERT_EQ(0U, id);
	ASSERT_EQ(-ENOENT, ioasid_vfio_ioas_set(self->fd, 0));
	ASSERT_EQ(0, ioasid_vfio_ioas_set(self->fd, self->ioas));
	ASSERT_EQ(0, ioasid_vfio_ioas_get(self->fd, &id));
	ASSERT_EQ(self->ioas, id);
	ASSERT_EQ(0, ioasid_vfio_ioas_clear(self->fd));
	ASSERT_EQ(-ENODEV, ioasid_vfio_ioas_get(self->fd, &id));
	ASSERT_EQ(0, ioasid_vfio_ioas_clear(self->fd));
	ASSERT_EQ(-EBADF, ioasid_vfio_ioas_clear(-1));
	ASSERT_NE(NULL, ioasid_strerror(IOMMU_VFIO_IOAS, ENODEV));
}

TEST_F(vfio_ioas, version_and_extensions_need_no_ioas)
{
	ASSERT_EQ(VFIO_API_VERSION, vioctl(self->fd, VFIO_GET_API_VERSION, 0));
	ASSERT_EQ(1, vioctl(self->fd, VFIO_CHECK_EXTENSION, VFIO_TYPE1_IOMMU));
	ASSERT_EQ(1, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_TYPE1v2_IOMMU));
	ASSERT_EQ(1, vioctl(self->fd, VFIO_CHECK_EXTENSION, VFIO_UNMAP_ALL));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_TYPE1_NESTING_IOMMU));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_UPDATE_VADDR));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_SPAPR_TCE_IOMMU));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_SPAPR_TCE_v2_IOMMU));
	/* Debian's kernels are built without CONFIG_VFIO_NOIOMMU. */
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_NOIOMMU_IOMMU));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION, 0));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION, 12345));
	/* Cache coherency is a question about the compat IOAS's domains. */
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_CHECK_EXTENSION,
				    VFIO_DMA_CC_IOMMU));
}

TEST_F(vfio_ioas, set_iommu_checks_the_type_then_wants_an_ioas)
{
	static const unsigned long bad[] = {
		0, VFIO_SPAPR_TCE_IOMMU, VFIO_DMA_CC_IOMMU,
		VFIO_TYPE1_NESTING_IOMMU, VFIO_SPAPR_TCE_v2_IOMMU,
		VFIO_NOIOMMU_IOMMU, VFIO_UNMAP_ALL, 12345,
	};
	unsigned int i;

	for (i = 0; i != sizeof(bad) / sizeof(bad[0]); i++)
		ASSERT_ERRNO(EINVAL, vioctl(self->fd, VFIO_SET_IOMMU, bad[i]));
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_SET_IOMMU,
				    VFIO_TYPE1v2_IOMMU));
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_SET_IOMMU,
				    VFIO_TYPE1_IOMMU));
}

TEST_F(vfio_ioas, get_info_checks_argsz_then_wants_an_ioas)
{
	uint8_t buf[INFO_BUF] __attribute__((aligned(8)));

	ASSERT_ERRNO(EINVAL, get_info(0, buf));
	ASSERT_ERRNO(EINVAL, get_info(1, buf));
	ASSERT_ERRNO(EINVAL, get_info(INFO_MINSZ - 1, buf));
	ASSERT_ERRNO(ENODEV, get_info(INFO_MINSZ, buf));
	ASSERT_ERRNO(ENODEV, get_info(INFO_SIZE, buf));
	ASSERT_ERRNO(EFAULT, vioctl_p(self->fd, VFIO_IOMMU_GET_INFO, NULL));
}

TEST_F(vfio_ioas, map_checks_argsz_and_flags_then_wants_an_ioas)
{
	struct vfio_iommu_type1_dma_map map = {
		.argsz = 1,
		.vaddr = (uintptr_t)self->buf,
		.iova = MOCK_APERTURE_START,
		.size = page_size(),
	};

	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, &map));
	map.argsz = MAP_MINSZ - 1;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, &map));
	map.argsz = sizeof(map);
	map.flags = 1u << 31;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, &map));
	map.flags = VFIO_DMA_MAP_FLAG_VADDR | MAP_DMA_RW;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, &map));
	map.flags = MAP_DMA_RW;
	ASSERT_ERRNO(ENODEV, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, &map));
	ASSERT_ERRNO(EFAULT, vioctl_p(self->fd, VFIO_IOMMU_MAP_DMA, NULL));
}

TEST_F(vfio_ioas, unmap_checks_argsz_and_flags_then_wants_an_ioas)
{
	struct vfio_iommu_type1_dma_unmap unmap = {
		.argsz = 1,
		.iova = MOCK_APERTURE_START,
		.size = page_size(),
	};

	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.argsz = UNMAP_MINSZ - 1;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.argsz = sizeof(unmap);
	unmap.flags = 1u << 31;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.flags = VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.flags = VFIO_DMA_UNMAP_FLAG_VADDR;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.flags = 0;
	ASSERT_ERRNO(ENODEV, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	/* ALL's own check comes after the IOAS lookup, as upstream. */
	unmap.flags = VFIO_DMA_UNMAP_FLAG_ALL;
	ASSERT_ERRNO(ENODEV, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	ASSERT_ERRNO(EFAULT, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, NULL));
}

TEST_F(vfio_ioas, other_vfio_commands_are_enotty)
{
	uint32_t id = self->ioas;
	uint64_t arg[8] = { sizeof(arg) };

	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));
	ASSERT_OK(vioctl(self->fd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU));
	/* Dirty tracking through type1 is not offered, as upstream. */
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_IOMMU_DIRTY_PAGES, arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_IOMMU_ENABLE, arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_IOMMU_DISABLE, arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_GROUP_GET_STATUS, arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_GROUP_SET_CONTAINER,
				      arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_DEVICE_GET_INFO, arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, VFIO_DEVICE_BIND_IOMMUFD,
				      arg));
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, _IO(VFIO_TYPE, VFIO_BASE - 1),
				      arg));
	/* The right number with a size or direction encoded is another one. */
	ASSERT_ERRNO(ENOTTY, vioctl_p(self->fd, _IOWR(VFIO_TYPE, VFIO_BASE + 13,
						      struct vfio_iommu_type1_dma_map),
				      arg));
}

/* ==== a compat IOAS ==================================================== */

FIXTURE(compat) {
	T_IOAS(io);		/* buf: NPAGES small pages */
	int kmsg;
	bool mock_ok;
	uint32_t scratch;	/* IOMMU_IOAS_COPY target: is it mapped? */
	uint32_t stdev;
	uint32_t hwpt;
	uint64_t base;
};

FIXTURE_VARIANT(compat) {
	unsigned long type;
	bool mock;
};

FIXTURE_VARIANT_ADD(compat, type1v2_mock_domain) {
	.type = VFIO_TYPE1v2_IOMMU,
	.mock = true,
};

FIXTURE_VARIANT_ADD(compat, type1_mock_domain) {
	.type = VFIO_TYPE1_IOMMU,
	.mock = true,
};

FIXTURE_VARIANT_ADD(compat, type1v2_no_domain) {
	.type = VFIO_TYPE1v2_IOMMU,
	.mock = false,
};

FIXTURE_VARIANT_ADD(compat, type1_no_domain) {
	.type = VFIO_TYPE1_IOMMU,
	.mock = false,
};

FIXTURE_SETUP(compat)
{
	uint32_t id;

	self->kmsg = -1;
	self->base = MOCK_APERTURE_START;
	t_ioas_setup_flags(&self->io, NPAGES, T_SMALL_PAGES | T_NO_IOAS);
	self->mock_ok = t_have_mock(self->fd);
	if (variant->mock && !t_need_mock(self->fd))
		return;

	test_ioas_alloc(self->fd, &self->ioas);
	test_ioas_alloc(self->fd, &self->scratch);
	if (variant->mock)
		test_mock_domain(self->fd, self->ioas, &self->stdev,
				 &self->hwpt, NULL);
	id = self->ioas;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));
	ASSERT_EQ(0, vioctl(self->fd, VFIO_SET_IOMMU, variant->type));
	self->kmsg = kmsg_open_at_end();
}

FIXTURE_TEARDOWN(compat)
{
	if (self->kmsg >= 0) {
		/* No WARN from the core or from the mock's page checks. */
		EXPECT_EQ(0, kmsg_reports(self->kmsg));
		close(self->kmsg);
	}
	t_ioas_teardown(&self->io);
}

#define is_v1	(variant->type == VFIO_TYPE1_IOMMU)

/* Is [iova, iova + len) of the compat IOAS mapped without a hole? */
static bool __is_mapped(struct __test_metadata *_metadata,
			FIXTURE_DATA(compat) *self, uint64_t iova,
			uint64_t len)
{
	uint64_t dst = 0;
	int rc;

	rc = raw_ioas_copy(self->fd, self->scratch, self->ioas, iova, len,
			   &dst, IOMMU_IOAS_MAP_READABLE);
	if (!rc) {
		test_unmap_all(self->fd, self->scratch);
	} else {
		EXPECT_EQ(-ENOENT, rc);
	}
	return !rc;
}
#define is_mapped(iova, len)	__is_mapped(_metadata, self, iova, len)

/* Every page of [iova, iova + len) is mapped, and none around it... */
#define assert_mapped_alone(iova, len)					\
	do {								\
		ASSERT_TRUE(is_mapped(iova, len));			\
		ASSERT_FALSE(is_mapped((iova) - self->page, self->page)); \
		ASSERT_FALSE(is_mapped((iova) + (len), self->page));	\
	} while (0)

/* ...and, in a mock domain, each page maps the right memory. */
#define assert_maps(iova, len, ptr)					\
	do {								\
		ASSERT_TRUE(is_mapped(iova, len));			\
		if (variant->mock)					\
			check_map(self->hwpt, iova, len, ptr);		\
	} while (0)

static void shuffle(unsigned int *a, unsigned int n)
{
	unsigned int i;

	for (i = 0; i != n; i++) {
		unsigned int j = i + (unsigned int)rand() % (n - i);
		unsigned int t = a[i];

		a[i] = a[j];
		a[j] = t;
	}
}

TEST_F_SKIPPABLE(compat, type1_turns_large_pages_off_and_v2_leaves_them, 30)
{
	uint64_t val = 7;

	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(is_v1 ? 0u : 1u, val);
	/* Choosing again is fine; v2 after v1 does not turn them back on. */
	ASSERT_EQ(0, vioctl(self->fd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(is_v1 ? 0u : 1u, val);
	ASSERT_EQ(0, vioctl(self->fd, VFIO_SET_IOMMU, VFIO_TYPE1_IOMMU));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(0u, val);
	/* Only the compat IOAS is touched. */
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->scratch, &val));
	ASSERT_EQ(1u, val);
}

TEST_F_SKIPPABLE(compat, type1_once_a_domain_holds_mappings_is_einval, 30)
{
	uint64_t val = 7, size = self->page;

	/* Back to large pages, a mapping, and v1 again. */
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 1));
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, self->page,
			   MAP_DMA_RW));
	if (variant->mock) {
		ASSERT_ERRNO(EINVAL, vioctl(self->fd, VFIO_SET_IOMMU,
					    VFIO_TYPE1_IOMMU));
		ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    self->ioas, &val));
		ASSERT_EQ(1u, val);
	} else {
		/* Without a domain nothing can hold a large page yet. */
		ASSERT_EQ(0, vioctl(self->fd, VFIO_SET_IOMMU,
				    VFIO_TYPE1_IOMMU));
		ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    self->ioas, &val));
		ASSERT_EQ(0u, val);
	}
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(self->page, size);
}

TEST_F_SKIPPABLE(compat, cache_coherency_follows_the_domains, 30)
{
	/* The mock IOMMU cannot force snooping; no domain has nothing to. */
	ASSERT_EQ(variant->mock ? 0 : 1,
		  vioctl(self->fd, VFIO_CHECK_EXTENSION, VFIO_DMA_CC_IOMMU));
	if (variant->mock || !self->mock_ok)
		return;
	test_mock_domain(self->fd, self->ioas, &self->stdev, &self->hwpt,
			 NULL);
	ASSERT_EQ(0, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_DMA_CC_IOMMU));
	test_destroy(self->fd, self->stdev);
	ASSERT_EQ(1, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_DMA_CC_IOMMU));
}

TEST_F_SKIPPABLE(compat, get_info_every_argsz_writes_only_what_fits, 60)
{
	uint8_t buf[INFO_BUF] __attribute__((aligned(8)));
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n, argsz, total;

	n = get_ranges(self->fd, self->ioas, r, NULL);
	if (variant->mock) {
		ASSERT_EQ(1u, n);
		ASSERT_EQ(MOCK_APERTURE_START, r[0].start);
		ASSERT_EQ(MOCK_APERTURE_LAST, r[0].last);
	} else {
		ASSERT_EQ(1u, n);
		ASSERT_EQ(0u, r[0].start);
		ASSERT_EQ(UINT64_MAX, r[0].last);
	}
	total = info_total(n);

	/* Below the pre-cap struct: EINVAL and nothing written. */
	ASSERT_ERRNO(EINVAL, get_info(INFO_MINSZ - 1, buf));
	for (argsz = INFO_MINSZ; argsz <= total + 16; argsz++) {
		ASSERT_OK(get_info(argsz, buf));
		check_caps(buf, argsz, r, n);
	}
	/* A whole answer, as a type1 user reads it: twice. */
	ASSERT_OK(get_info(INFO_SIZE, buf));
	argsz = info_of(buf)->argsz;
	ASSERT_EQ(total, argsz);
	ASSERT_EQ(0u, info_of(buf)->cap_offset);
	ASSERT_OK(get_info(argsz, buf));
	ASSERT_EQ(INFO_SIZE, info_of(buf)->cap_offset);
	check_caps(buf, argsz, r, n);
}

TEST_F_SKIPPABLE(compat, get_info_page_sizes, 30)
{
	uint8_t buf[INFO_BUF] __attribute__((aligned(8)));
	uint64_t page = self->page;
	uint32_t stdev2;

	ASSERT_OK(get_info(INFO_SIZE, buf));
	/*
	 * The mock maps in half pages: reported as the CPU page. With no
	 * domain anything from a page up goes.
	 */
	ASSERT_EQ(variant->mock ? page : ~(page - 1),
		  info_of(buf)->iova_pgsizes);
	if (!self->mock_ok)
		return;
	/* A domain that can also map 512 mock pages at once... */
	ASSERT_OK(raw_mock_domain_flags(self->fd, self->ioas,
					MOCK_FLAGS_DEVICE_HUGE_IOVA, &stdev2,
					NULL, NULL));
	ASSERT_OK(get_info(INFO_SIZE, buf));
	/* ...counts only where every domain of the IOAS can. */
	ASSERT_EQ(variant->mock ? page : page | 512 * (page / 2),
		  info_of(buf)->iova_pgsizes);
	test_destroy(self->fd, stdev2);
	ASSERT_OK(get_info(INFO_SIZE, buf));
	ASSERT_EQ(variant->mock ? page : ~(page - 1),
		  info_of(buf)->iova_pgsizes);
}

TEST_F_SKIPPABLE(compat, get_info_many_ranges_in_pieces, 120)
{
	uint8_t buf[INFO_BUF] __attribute__((aligned(8)));
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n, argsz, total, i;

	if (!self->mock_ok)
		SKIP(return, "reserving IOVA ranges needs the mock");
	/* Holes punched into the usable space: 21 ranges or more. */
	for (i = 0; i != 20; i++)
		ASSERT_OK(raw_add_reserved(self->fd, self->ioas,
					   self->base + (2 * i + 1) * 0x100000,
					   0x100000));
	n = get_ranges(self->fd, self->ioas, r, NULL);
	ASSERT_LE(21u, n);
	total = info_total(n);
	ASSERT_GE(INFO_BUF, total);

	for (argsz = INFO_MINSZ; argsz <= total + 8; argsz++) {
		ASSERT_OK(get_info(argsz, buf));
		check_caps(buf, argsz, r, n);
	}
	/* Mappings may go anywhere the ranges say. */
	ASSERT_OK(vfio_map(self->fd, r[n - 1].start, self->buf, self->page,
			   MAP_DMA_RW));
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, self->base + 0x100000,
				      self->buf, self->page, MAP_DMA_RW));
}

TEST_F_SKIPPABLE(compat, map_and_unmap, 30)
{
	uint64_t len = NPAGES * self->page, size;

	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	assert_mapped_alone(self->base, len);
	assert_maps(self->base, len, self->buf);
	/* The same IOVA again: EEXIST, however little of it. */
	ASSERT_ERRNO(EEXIST, vfio_map(self->fd, self->base + len - self->page,
				      self->buf, 2 * self->page, MAP_DMA_RW));

	size = len;
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(len, size);
	ASSERT_FALSE(is_mapped(self->base, self->page));
	/* Nothing there any more: success, 0 bytes (IOAS_UNMAP: ENOENT). */
	size = len;
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(0u, size);
}

TEST_F_SKIPPABLE(compat, map_access_flags, 30)
{
	uint64_t size = 3 * self->page;

	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, self->page,
			   VFIO_DMA_MAP_FLAG_READ));
	ASSERT_OK(vfio_map(self->fd, self->base + self->page,
			   self->buf + self->page, self->page,
			   VFIO_DMA_MAP_FLAG_WRITE));
	/* Neither: accepted, as upstream, and grants nothing. */
	ASSERT_OK(vfio_map(self->fd, self->base + 2 * self->page,
			   self->buf + 2 * self->page, self->page, 0));
	ASSERT_TRUE(is_mapped(self->base, 3 * self->page));
	/* A read-only mapping cannot be copied as writeable. */
	ASSERT_ERRNO(EPERM, raw_ioas_copy(self->fd, self->scratch, self->ioas,
					  self->base, self->page, NULL,
					  MAP_RW));
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(3 * self->page, size);
}

TEST_F_SKIPPABLE(compat, map_errnos, 30)
{
	uint8_t *hole;

	/* Zero size. */
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, self->base, self->buf, 0,
				      MAP_DMA_RW));
	/* An IOVA range that wraps. */
	ASSERT_ERRNO(EOVERFLOW, vfio_map(self->fd, UINT64_MAX - self->page + 1,
					 self->buf, 2 * self->page,
					 MAP_DMA_RW));
	ASSERT_FALSE(is_mapped(self->base, self->page));
	if (!variant->mock)
		return;
	/* Outside the mock aperture, and off the mock page size. */
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, 0, self->buf, self->page,
				      MAP_DMA_RW));
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, (uint64_t)MOCK_APERTURE_LAST + 1,
				      self->buf, self->page, MAP_DMA_RW));
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, self->base + 1, self->buf,
				      self->page, MAP_DMA_RW));
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, self->base, self->buf,
				      self->page + 1, MAP_DMA_RW));
	/* Memory that cannot be pinned for the domain. */
	hole = mmap(NULL, self->page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		    -1, 0);
	ASSERT_NE(MAP_FAILED, hole);
	ASSERT_ERRNO(EFAULT, vfio_map(self->fd, self->base, hole, self->page,
				      MAP_DMA_RW));
	munmap(hole, self->page);
	ASSERT_FALSE(is_mapped(self->base, self->page));
}

TEST_F_SKIPPABLE(compat, mappings_are_the_ioas_mappings, 30)
{
	uint64_t iova = self->base + 4 * self->page, size, len = 2 * self->page;

	/* Type1 maps, the IOAS API sees and unmaps. */
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf, len,
			   self->base);
	test_unmap(self->fd, self->ioas, self->base, len);

	/* The IOAS API maps, type1 unmaps. */
	test_map_fixed(self->fd, self->ioas, self->buf, len, iova);
	ASSERT_ERRNO(EEXIST, vfio_map(self->fd, iova, self->buf, len,
				      MAP_DMA_RW));
	size = len;
	ASSERT_OK(vfio_unmap(self->fd, iova, &size, 0));
	ASSERT_EQ(len, size);
	test_err_unmap(ENOENT, self->fd, self->ioas, iova, len);
}

TEST_F_SKIPPABLE(compat, map_pins_for_a_domain, 30)
{
	uint64_t size = NPAGES * self->page;
	long before = vmpin_pages();

	if (!variant->mock)
		SKIP(return, "without a domain upstream pins nothing at map time");
	ASSERT_LE(0, before);
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, size, MAP_DMA_RW));
	ASSERT_EQ(before + NPAGES, vmpin_pages());
	check_refs(self->buf, size, 1);
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(before, vmpin_pages());
	check_refs(self->buf, NPAGES * self->page, 0);
}

TEST_F_SKIPPABLE(compat, unmap_flags_and_sizes, 30)
{
	uint64_t len = 2 * self->page, size;
	struct vfio_iommu_type1_dma_unmap unmap = {
		.argsz = sizeof(unmap),
		.iova = self->base,
		.size = len,
	};

	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	ASSERT_OK(vfio_map(self->fd, self->base + 8 * self->page,
			   self->buf + 8 * self->page, 3 * self->page,
			   MAP_DMA_RW));

	/* Bad argsz and flags are refused before anything is looked at. */
	unmap.argsz = UNMAP_MINSZ - 1;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.argsz = sizeof(unmap);
	unmap.flags = VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.flags = VFIO_DMA_UNMAP_FLAG_VADDR;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.flags = VFIO_DMA_UNMAP_FLAG_ALL | VFIO_DMA_UNMAP_FLAG_VADDR;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	/* FLAG_ALL wants iova and size 0. */
	unmap.flags = VFIO_DMA_UNMAP_FLAG_ALL;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.iova = 0;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	unmap.iova = self->base;
	unmap.size = 0;
	ASSERT_ERRNO(EINVAL, vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &unmap));
	ASSERT_TRUE(is_mapped(self->base, len));

	/* Zero size without it; a range that wraps: written back as 0. */
	size = 0;
	ASSERT_ERRNO(EINVAL, vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(0u, size);
	size = UINT64_MAX;
	ASSERT_ERRNO(EOVERFLOW, vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(0u, size);
	ASSERT_TRUE(is_mapped(self->base, len));
	ASSERT_TRUE(is_mapped(self->base + 8 * self->page, 3 * self->page));

	/* A longer struct is fine; the known part is written back. */
	{
		struct {
			struct vfio_iommu_type1_dma_unmap u;
			uint64_t tail;
		} big = {
			.u = { .argsz = sizeof(big), .iova = self->base,
			       .size = len },
			.tail = 0x5a5a5a5a5a5a5a5aull,
		};

		ASSERT_OK(vioctl_p(self->fd, VFIO_IOMMU_UNMAP_DMA, &big));
		ASSERT_EQ(len, big.u.size);
		ASSERT_EQ(sizeof(big), big.u.argsz);
		ASSERT_EQ(0x5a5a5a5a5a5a5a5aull, big.tail);
	}

	/* FLAG_ALL: everything, with the bytes; then nothing, 0 bytes. */
	size = 0;
	ASSERT_OK(vfio_unmap(self->fd, 0, &size, VFIO_DMA_UNMAP_FLAG_ALL));
	ASSERT_EQ(3 * self->page, size);
	ASSERT_FALSE(is_mapped(self->base + 8 * self->page, self->page));
	size = 0;
	ASSERT_OK(vfio_unmap(self->fd, 0, &size, VFIO_DMA_UNMAP_FLAG_ALL));
	ASSERT_EQ(0u, size);
}

TEST_F_SKIPPABLE(compat, unmap_that_cuts_a_mapping, 30)
{
	uint64_t len = 4 * self->page, size;

	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));

	size = 2 * self->page;
	if (!is_v1) {
		/* v2: refused, nothing unmapped, 0 written back. */
		ASSERT_ERRNO(ENOENT, vfio_unmap(self->fd,
						self->base + self->page,
						&size, 0));
		ASSERT_EQ(0u, size);
		assert_maps(self->base, len, self->buf);
		return;
	}
	/* v1: the middle goes, both ends stay with their memory. */
	ASSERT_OK(vfio_unmap(self->fd, self->base + self->page, &size, 0));
	ASSERT_EQ(2 * self->page, size);
	assert_mapped_alone(self->base, self->page);
	assert_mapped_alone(self->base + 3 * self->page, self->page);
	assert_maps(self->base, self->page, self->buf);
	assert_maps(self->base + 3 * self->page, self->page,
		    self->buf + 3 * self->page);
	/*
	 * (Upstream also unpins the middle pages now; here they stay pinned
	 * until the last piece of the mapping goes: see "Known differences".)
	 */

	/* A range over a piece and a hole: the piece goes. */
	size = 2 * self->page;
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(self->page, size);
	/* Cutting at the very end and start of a mapping needs no cut. */
	size = self->page;
	ASSERT_OK(vfio_unmap(self->fd, self->base + 3 * self->page, &size,
			     0));
	ASSERT_EQ(self->page, size);
	if (variant->mock)
		check_refs(self->buf, len, 0);
}

TEST_F_SKIPPABLE(compat, type1_cuts_only_at_page_edges, 30)
{
	uint64_t len = 4 * self->page, size;

	if (!is_v1)
		SKIP(return, "only type1 (v1) cuts");
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	/* Half a page in (a whole mock IO page): EINVAL, size untouched. */
	size = self->page;
	ASSERT_ERRNO(EINVAL, vfio_unmap(self->fd, self->base + self->page / 2,
					&size, 0));
	ASSERT_EQ(self->page, size);
	size = self->page / 2;
	ASSERT_ERRNO(EINVAL, vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(self->page / 2, size);
	assert_maps(self->base, len, self->buf);

	/*
	 * Type1 (v1) turned large pages off, which makes the IOAS page
	 * aligned, as upstream: memory that starts half a page in, which no
	 * cut at a page edge could split, cannot even be mapped.
	 */
	size = len;
	ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_ERRNO(EINVAL, vfio_map(self->fd, self->base,
				      self->buf + self->page / 2,
				      2 * self->page, MAP_DMA_RW));
}

TEST_F_SKIPPABLE(compat, type1_does_not_cut_what_an_access_pinned, 30)
{
	uint64_t len = 4 * self->page, size;
	uint32_t pages_id;
	int access_fd;

	if (!is_v1)
		SKIP(return, "only type1 (v1) cuts");
	if (!self->mock_ok)
		SKIP(return, "accesses need the mock");
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	ASSERT_OK(raw_create_access(self->fd, self->ioas,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &access_fd));
	ASSERT_OK(raw_access_pages(self->fd, access_fd, self->base,
				   self->page, self->buf, 0, &pages_id));
	size = self->page;
	ASSERT_ERRNO(EINVAL, vfio_unmap(self->fd, self->base + self->page,
					&size, 0));
	ASSERT_EQ(self->page, size);
	assert_maps(self->base, len, self->buf);

	ASSERT_OK(raw_destroy_access_pages(self->fd, access_fd, pages_id));
	ASSERT_OK(vfio_unmap(self->fd, self->base + self->page, &size, 0));
	ASSERT_EQ(self->page, size);
	close(access_fd);
}

TEST_F_SKIPPABLE(compat, small_pages_in_any_order, 60)
{
	unsigned int order[NPAGES], i;
	uint64_t size;

	/* One mapping per page, unmapped in a random order. */
	for (i = 0; i != NPAGES; i++) {
		ASSERT_OK(vfio_map(self->fd, self->base + i * self->page,
				   self->buf + i * self->page, self->page,
				   MAP_DMA_RW));
		order[i] = i;
	}
	assert_maps(self->base, NPAGES * self->page, self->buf);
	shuffle(order, NPAGES);
	for (i = 0; i != NPAGES; i++) {
		size = self->page;
		ASSERT_OK(vfio_unmap(self->fd, self->base +
					       order[i] * self->page,
				     &size, 0));
		ASSERT_EQ(self->page, size);
		ASSERT_FALSE(is_mapped(self->base + order[i] * self->page,
				       self->page));
	}
}

TEST_F_SKIPPABLE(compat, large_mapping_in_pieces, 120)
{
	const size_t len = 4ul << 20, piece = len / 16;
	unsigned int order[16], i;
	uint64_t size;
	uint8_t *raw, *buf;

	/* 2 MiB aligned, THP where the kernel gives it. */
	raw = mmap(NULL, len + (2ul << 20), PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, raw);
	buf = (uint8_t *)(((uintptr_t)raw + (2ul << 20) - 1) &
			  ~((2ul << 20) - 1));
	madvise(buf, len, MADV_HUGEPAGE);
	memset(buf, 1, len);

	ASSERT_OK(vfio_map(self->fd, self->base, buf, len, MAP_DMA_RW));
	for (i = 0; i != 16; i++)
		order[i] = i;
	shuffle(order, 16);
	for (i = 0; i != 16; i++) {
		size = piece;
		if (is_v1) {
			ASSERT_OK(vfio_unmap(self->fd,
					     self->base + order[i] * piece,
					     &size, 0));
			ASSERT_EQ(piece, size);
		} else {
			ASSERT_ERRNO(ENOENT,
				     vfio_unmap(self->fd,
						self->base + order[i] * piece,
						&size, 0));
			ASSERT_EQ(0u, size);
		}
	}
	if (is_v1) {
		ASSERT_FALSE(is_mapped(self->base, self->page));
	} else {
		assert_maps(self->base, len, buf);
		size = len;
		ASSERT_OK(vfio_unmap(self->fd, self->base, &size, 0));
		ASSERT_EQ(len, size);
	}
	munmap(raw, len + (2ul << 20));
}

TEST_F_SKIPPABLE(compat, type1_cuts_with_a_domain_attached_later, 60)
{
	uint64_t len = 4 * self->page, size;
	uint32_t stdev, hwpt;

	if (variant->mock || !self->mock_ok)
		SKIP(return, "the no-domain variants, with the mock");
	/* Mapped before any domain, cut after one came. */
	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, len, MAP_DMA_RW));
	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	check_map(hwpt, self->base, len, self->buf);
	size = self->page;
	if (is_v1) {
		ASSERT_OK(vfio_unmap(self->fd, self->base + self->page, &size,
				     0));
		ASSERT_EQ(self->page, size);
		check_map(hwpt, self->base, self->page, self->buf);
		check_map(hwpt, self->base + 2 * self->page, 2 * self->page,
			  self->buf + 2 * self->page);
		ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt,
						      self->base + self->page,
						      self->page / 2,
						      self->buf + self->page));
	} else {
		ASSERT_ERRNO(ENOENT, vfio_unmap(self->fd,
						self->base + self->page,
						&size, 0));
	}
	test_destroy(self->fd, stdev);
}

TEST_F_SKIPPABLE(compat, losing_the_compat_ioas, 30)
{
	uint8_t buf[INFO_BUF] __attribute__((aligned(8)));
	uint64_t size = self->page;
	uint32_t id = 0;

	ASSERT_OK(vfio_map(self->fd, self->base, self->buf, self->page,
			   MAP_DMA_RW));
	if (variant->mock) {
		/* An attached device keeps the IOAS. */
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
		ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET, &id));
		test_destroy(self->fd, self->stdev);
	}
	/* CLEAR: the IOAS and its mapping stay, the type1 view goes. */
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_CLEAR, &id));
	ASSERT_ERRNO(ENODEV, vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_TRUE(is_mapped(self->base, self->page));
	id = self->ioas;
	ASSERT_OK(raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_SET, &id));

	/* Destroyed: every command that needs it says ENODEV. */
	test_destroy(self->fd, self->ioas);
	ASSERT_ERRNO(ENODEV, raw_vfio_ioas(self->fd, IOMMU_VFIO_IOAS_GET,
					   &id));
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_SET_IOMMU,
				    VFIO_TYPE1v2_IOMMU));
	ASSERT_ERRNO(ENODEV, vioctl(self->fd, VFIO_CHECK_EXTENSION,
				    VFIO_DMA_CC_IOMMU));
	ASSERT_ERRNO(ENODEV, get_info(INFO_SIZE, buf));
	ASSERT_ERRNO(ENODEV, vfio_map(self->fd, self->base, self->buf,
				      self->page, MAP_DMA_RW));
	ASSERT_ERRNO(ENODEV, vfio_unmap(self->fd, self->base, &size, 0));
	ASSERT_EQ(1, vioctl(self->fd, VFIO_CHECK_EXTENSION,
			    VFIO_TYPE1v2_IOMMU));
}

IOASID_TEST_MAIN
