// SPDX-License-Identifier: GPL-2.0
/*
 * nested_test: nested HWPTs (IOMMU_HWPT_ALLOC with driver data on a
 * NEST_PARENT paging HWPT), IOMMU_HWPT_INVALIDATE and moving devices
 * between nested and paging HWPTs, as include/uapi/linux/ioasid.h
 * documents them.
 *
 * The stage 1 comes from the mock IOMMU (IOMMU_HWPT_DATA_SELFTEST); its
 * "IOTLB" (IOMMU_TEST_OP_MD_CHECK_IOTLB) shows what the invalidations did.
 * QEMU's VT-d cannot nest: hwpt_test checks a VT-d device's answers.
 * Allocation and invalidation go through libioasid, which this also tests.
 */
#include "fixture.h"

#define INV_LEN	sizeof(struct iommu_hwpt_invalidate_selftest)
#define IOVA	MOCK_APERTURE_START

/* ==== a mock device on an IOAS with a nest parent ====================== */

FIXTURE(nested) {
	T_IOAS(io);		/* buf: 4 pages at IOVA */
	uint32_t stdev;
	uint32_t idev;
	uint32_t auto_hwpt;	/* the device's automatic HWPT */
	uint32_t parent;	/* NEST_PARENT, explicit */
	uint32_t plain;		/* explicit, not a nest parent */
};

FIXTURE_SETUP(nested)
{
	t_ioas_setup(&self->io, 4);
	if (!t_need_mock(self->fd))
		return;
	t_ioas_map_buf(&self->io, IOVA);
	test_mock_domain(self->fd, self->ioas, &self->stdev, &self->auto_hwpt,
			 &self->idev);
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				    IOMMU_HWPT_ALLOC_NEST_PARENT,
				    &self->parent));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas, 0,
				    &self->plain));
}

FIXTURE_TEARDOWN(nested)
{
	t_ioas_teardown(&self->io);
}

/* Allocate a nested HWPT through libioasid. */
static int nested_alloc(int fd, uint32_t idev, uint32_t parent,
			uint32_t iotlb, uint32_t *hwpt)
{
	struct iommu_hwpt_selftest data = { .iotlb = iotlb };

	return ioasid_hwpt_alloc_nested(fd, idev, parent, 0, 0,
					IOMMU_HWPT_DATA_SELFTEST, &data,
					sizeof(data), hwpt);
}

#define test_nested_alloc(fd, idev, parent, iotlb, hwptp)		\
	ASSERT_OK(nested_alloc(fd, idev, parent, iotlb, hwptp))

/* Every IOTLB entry of @nested holds @val. */
#define assert_iotlb_all(fd, nested, val)				\
	do {								\
		uint32_t __i;						\
									\
		for (__i = 0; __i < MOCK_NESTED_DOMAIN_IOTLB_NUM; __i++) \
			ASSERT_OK(raw_md_check_iotlb(fd, nested, __i, val)); \
	} while (0)

/* The device's HWPT, read back by re-attaching it where it already is. */
static int stdev_hwpt(int fd, uint32_t stdev, uint32_t where, uint32_t *out)
{
	*out = where;
	return raw_mock_domain_replace(fd, stdev, out);
}

/* ---- allocation --------------------------------------------------------- */

TEST_F_SKIPPABLE(nested, alloc_on_a_nest_parent_starts_with_the_given_iotlb, 30)
{
	uint32_t nested, nested2;

	test_nested_alloc(self->fd, self->idev, self->parent,
			  IOMMU_TEST_IOTLB_DEFAULT, &nested);
	ASSERT_NE(0, nested);
	ASSERT_NE(self->parent, nested);
	assert_iotlb_all(self->fd, nested, IOMMU_TEST_IOTLB_DEFAULT);
	/* A different value is a mismatch; entry 4 does not exist. */
	ASSERT_ERRNO(EINVAL, raw_md_check_iotlb(self->fd, nested, 0, 0));
	ASSERT_ERRNO(EINVAL, raw_md_check_iotlb(self->fd, nested,
						MOCK_NESTED_DOMAIN_IOTLB_ID_MAX + 1,
						IOMMU_TEST_IOTLB_DEFAULT));
	/* Only nested HWPTs have an IOTLB to check. */
	ASSERT_ERRNO(ENOENT, raw_md_check_iotlb(self->fd, self->parent, 0,
						IOMMU_TEST_IOTLB_DEFAULT));
	ASSERT_ERRNO(ENOENT, raw_md_check_iotlb(self->fd, self->ioas, 0,
						IOMMU_TEST_IOTLB_DEFAULT));

	/* Several nested HWPTs may share a parent. */
	test_nested_alloc(self->fd, self->idev, self->parent, 7, &nested2);
	assert_iotlb_all(self->fd, nested2, 7);
	assert_iotlb_all(self->fd, nested, IOMMU_TEST_IOTLB_DEFAULT);
}

TEST_F_SKIPPABLE(nested, the_raw_ioctl_takes_the_selftest_struct_at_its_exact_size, 30)
{
	uint32_t data[4] = { IOMMU_TEST_IOTLB_DEFAULT, 0, 0, 0 };
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.dev_id = self->idev,
		.pt_id = self->parent,
		.data_type = IOMMU_HWPT_DATA_SELFTEST,
		.data_uptr = (uintptr_t)data,
	};
	uint32_t lens[] = { 1, 3, 5, 8, 16 };
	unsigned int i;

	/* No length at all with a data type. */
	ASSERT_ERRNO(EINVAL, raw_hwpt_alloc_cmd(self->fd, &cmd));
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		cmd.data_len = lens[i];
		TH_LOG("data_len %u", lens[i]);
		ASSERT_ERRNO(EINVAL, raw_hwpt_alloc_cmd(self->fd, &cmd));
	}
	cmd.data_len = 4;
	cmd.data_uptr = 8;	/* unmapped */
	ASSERT_ERRNO(EFAULT, raw_hwpt_alloc_cmd(self->fd, &cmd));
	cmd.data_uptr = (uintptr_t)data;
	ASSERT_OK(raw_hwpt_alloc_cmd(self->fd, &cmd));
	assert_iotlb_all(self->fd, cmd.out_hwpt_id, IOMMU_TEST_IOTLB_DEFAULT);
}

TEST_F_SKIPPABLE(nested, wrong_data_types_are_eopnotsupp_and_create_nothing, 30)
{
	static const uint32_t types[] = {
		IOMMU_HWPT_DATA_VTD_S1, IOMMU_HWPT_DATA_ARM_SMMUV3, 0x1234,
	};
	uint64_t data[4] = { 0 };
	unsigned int i;
	uint32_t hwpt = 0;

	for (i = 0; i < ARRAY_SIZE(types); i++) {
		TH_LOG("data_type 0x%x", types[i]);
		ASSERT_ERRNO(EOPNOTSUPP,
			     ioasid_hwpt_alloc_nested(self->fd, self->idev,
						      self->parent, 0, 0,
						      types[i], data,
						      sizeof(struct iommu_hwpt_vtd_s1),
						      &hwpt));
	}
	/* Nothing holds the parent: it can go. */
	test_destroy(self->fd, self->parent);
}

TEST_F_SKIPPABLE(nested, flags_other_than_fault_id_are_eopnotsupp, 30)
{
	static const uint32_t flags[] = {
		IOMMU_HWPT_ALLOC_NEST_PARENT, IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
		1u << 4, 1u << 31,
	};
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	unsigned int i;
	uint32_t hwpt;

	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		TH_LOG("flags 0x%x", flags[i]);
		ASSERT_ERRNO(EOPNOTSUPP,
			     ioasid_hwpt_alloc_nested(self->fd, self->idev,
						      self->parent, flags[i], 0,
						      IOMMU_HWPT_DATA_SELFTEST,
						      &data, sizeof(data),
						      &hwpt));
	}
	test_destroy(self->fd, self->parent);
}

TEST_F_SKIPPABLE(nested, a_parent_that_is_not_a_nest_parent_is_einval, 30)
{
	uint32_t nested, hwpt;

	/* Explicit but made without NEST_PARENT. */
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev, self->plain,
					  1, &hwpt));
	/* The automatic HWPT of the device's IOAS attach. */
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev,
					  self->auto_hwpt, 1, &hwpt));
	/* A nested HWPT cannot parent another. */
	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev, nested, 1,
					  &hwpt));
	/* Not a HWPT at all, or nothing. */
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev, self->idev, 1,
					  &hwpt));
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev, 0, 1, &hwpt));
	ASSERT_ERRNO(EINVAL, nested_alloc(self->fd, self->idev,
					  self->parent + 1000, 1, &hwpt));
	/* Driver data on an IOAS: the mock has no paging data. */
	ASSERT_ERRNO(EOPNOTSUPP, nested_alloc(self->fd, self->idev,
					      self->ioas, 1, &hwpt));
	/* An unknown device. */
	ASSERT_ERRNO(ENOENT, nested_alloc(self->fd, self->idev + 1000,
					  self->parent, 1, &hwpt));
}

TEST_F_SKIPPABLE(nested, library_argument_checks_make_no_system_call, 30)
{
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	uint32_t hwpt, num = 1;

	/* -1 would give EBADF if a system call were made. */
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_alloc_nested(-1, self->idev,
						      self->parent, 0, 0,
						      IOMMU_HWPT_DATA_SELFTEST,
						      &data, sizeof(data),
						      NULL));
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_alloc_nested(-1, self->idev,
						      self->parent, 0, 0,
						      IOMMU_HWPT_DATA_SELFTEST,
						      NULL, sizeof(data),
						      &hwpt));
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_alloc_nested(-1, self->idev,
						      self->parent, 0, 0,
						      IOMMU_HWPT_DATA_SELFTEST,
						      &data, 0, &hwpt));
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_invalidate(-1, 1,
						    IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						    &data, INV_LEN, NULL));
	ASSERT_ERRNO(EBADF, ioasid_hwpt_invalidate(-1, 1,
						   IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						   &data, INV_LEN, &num));
}

/* ---- destroy ordering --------------------------------------------------- */

TEST_F_SKIPPABLE(nested, the_parent_is_ebusy_while_a_nested_hwpt_exists, 30)
{
	uint32_t nested;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->parent));
	/* And the parent keeps the IOAS. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	test_destroy(self->fd, nested);
	ASSERT_ERRNO(ENOENT, raw_md_check_iotlb(self->fd, nested, 0, 1));
	test_destroy(self->fd, self->parent);
}

TEST_F_SKIPPABLE(nested, a_nested_hwpt_in_use_is_ebusy, 30)
{
	uint32_t nested, pt;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, nested));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->parent));
	/* Once the device moves on, both can go, child first. */
	pt = self->ioas;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->parent));
	test_destroy(self->fd, nested);
	test_destroy(self->fd, self->parent);
}

/* ---- attach and replace ------------------------------------------------- */

TEST_F_SKIPPABLE(nested, devices_move_between_nested_and_paging_hwpts, 30)
{
	uint32_t nested, nested2, pt;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	test_nested_alloc(self->fd, self->idev, self->parent, 2, &nested2);

	/* IOAS -> nested -> its parent -> nested -> another nested -> IOAS */
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_EQ(nested, pt);
	pt = self->parent;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_EQ(self->parent, pt);
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_EQ(nested, pt);
	pt = nested2;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_EQ(nested2, pt);
	/* Attaching to the IOAS does not stay on the nested HWPT. */
	pt = self->ioas;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_NE(nested2, pt);
	ASSERT_NE(nested, pt);
	ASSERT_NE(self->parent, pt);
	/* The parent's IOAS mappings were there all along. */
	ASSERT_OK(raw_md_check_map(self->fd, self->parent, IOVA,
				   4 * page_size(), self->buf));
}

TEST_F_SKIPPABLE(nested, a_new_device_can_start_on_a_nested_hwpt, 30)
{
	uint32_t nested, stdev2, hwpt2, idev2, pt;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	test_mock_domain(self->fd, nested, &stdev2, &hwpt2, &idev2);
	ASSERT_EQ(nested, hwpt2);
	ASSERT_OK(stdev_hwpt(self->fd, stdev2, nested, &pt));
	ASSERT_EQ(nested, pt);
	/* Destroying the mock device releases the nested HWPT. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, nested));
	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, nested);
}

TEST_F_SKIPPABLE(nested, a_failed_replace_leaves_the_device_where_it_was, 30)
{
	uint32_t nested, pt;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	/* A device ID is no attach target. */
	pt = self->idev;
	ASSERT_ERRNO(EINVAL, raw_mock_domain_replace(self->fd, self->stdev,
						     &pt));
	pt = self->parent + 1000;
	ASSERT_ERRNO(ENOENT, raw_mock_domain_replace(self->fd, self->stdev,
						     &pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, nested));
}

TEST_F_SKIPPABLE(nested, closing_the_context_with_devices_on_nested_hwpts_frees_all, 30)
{
	uint32_t nested, stdev2, pt;

	test_nested_alloc(self->fd, self->idev, self->parent, 1, &nested);
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	test_mock_domain(self->fd, nested, &stdev2, NULL, NULL);
	/* kmemleak and the module unload at the end of the run check this. */
	ASSERT_OK(close(self->fd));
	self->fd = -1;
}

/* ---- IOMMU_HWPT_INVALIDATE ---------------------------------------------- */

TEST_F_SKIPPABLE(nested, invalidate_resets_the_entries_it_names, 30)
{
	struct iommu_hwpt_invalidate_selftest inv[2] = {
		{ .iotlb_id = 1 }, { .iotlb_id = 3 },
	};
	uint32_t nested, num = 2;

	test_nested_alloc(self->fd, self->idev, self->parent, 9, &nested);
	ASSERT_OK(ioasid_hwpt_invalidate(self->fd, nested,
					 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
					 inv, INV_LEN, &num));
	ASSERT_EQ(2, num);
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 0, 9));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 1, 0));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 2, 9));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 3, 0));

	/* FLAG_ALL resets every entry whatever iotlb_id says. */
	inv[0].flags = IOMMU_TEST_INVALIDATE_FLAG_ALL;
	inv[0].iotlb_id = 2;
	num = 1;
	ASSERT_OK(ioasid_hwpt_invalidate(self->fd, nested,
					 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
					 inv, INV_LEN, &num));
	ASSERT_EQ(1, num);
	assert_iotlb_all(self->fd, nested, 0);
}

TEST_F_SKIPPABLE(nested, invalidate_stops_at_the_first_bad_entry_and_counts, 30)
{
	struct iommu_hwpt_invalidate_selftest inv[4] = {
		{ .iotlb_id = 0 }, { .iotlb_id = 1 },
		{ .iotlb_id = MOCK_NESTED_DOMAIN_IOTLB_ID_MAX + 1 },
		{ .iotlb_id = 3 },
	};
	uint32_t nested, num = 4;

	test_nested_alloc(self->fd, self->idev, self->parent, 5, &nested);
	ASSERT_ERRNO(EINVAL, ioasid_hwpt_invalidate(self->fd, nested,
						    IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						    inv, INV_LEN, &num));
	ASSERT_EQ(2, num);
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 0, 0));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 1, 0));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 2, 5));
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 3, 5));

	/* Unknown flags in the first entry: nothing handled. */
	inv[0].flags = 1u << 1;
	num = 4;
	ASSERT_ERRNO(EOPNOTSUPP, ioasid_hwpt_invalidate(self->fd, nested,
							IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
							inv, INV_LEN, &num));
	ASSERT_EQ(0, num);
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 3, 5));
}

TEST_F_SKIPPABLE(nested, invalidate_entry_num_zero_only_checks_the_type, 30)
{
	uint32_t nested, num = 0;

	test_nested_alloc(self->fd, self->idev, self->parent, 5, &nested);
	ASSERT_OK(raw_hwpt_invalidate(self->fd, nested,
				      IOMMU_HWPT_INVALIDATE_DATA_SELFTEST, NULL,
				      0, &num));
	ASSERT_EQ(0, num);
	ASSERT_ERRNO(EINVAL, raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST_INVALID,
						 NULL, 0, &num));
	ASSERT_ERRNO(EINVAL, raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_VTD_S1,
						 NULL, 0, &num));
	assert_iotlb_all(self->fd, nested, 5);
}

TEST_F_SKIPPABLE(nested, invalidate_bad_arrays_are_einval_and_change_nothing, 30)
{
	struct iommu_hwpt_invalidate_selftest inv[2] = {
		{ .iotlb_id = 0 }, { .iotlb_id = 1 },
	};
	uint8_t big[2 * 4096 + 16] = { 0 };
	uint32_t nested, num;
	static const uint32_t lens[] = { 0, 1, 4, 7, 9, 16, 4097 };
	unsigned int i;

	test_nested_alloc(self->fd, self->idev, self->parent, 5, &nested);
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		num = 1;
		TH_LOG("entry_len %u", lens[i]);
		ASSERT_ERRNO(EINVAL,
			     raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						 lens[i] > sizeof(inv) ? (void *)big :
									 (void *)inv,
						 lens[i], &num));
		ASSERT_EQ(0, num);
	}
	/* No array. */
	num = 2;
	ASSERT_ERRNO(EINVAL, raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						 NULL, INV_LEN, &num));
	ASSERT_EQ(0, num);
	/* More entries than upstream's bound. */
	num = (1u << 19) + 1;
	ASSERT_ERRNO(EINVAL, raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						 inv, INV_LEN, &num));
	ASSERT_EQ(0, num);
	/* An array that is not mapped. */
	num = 2;
	ASSERT_ERRNO(EFAULT, raw_hwpt_invalidate(self->fd, nested,
						 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
						 (void *)8, INV_LEN, &num));
	ASSERT_EQ(0, num);
	assert_iotlb_all(self->fd, nested, 5);
}

TEST_F_SKIPPABLE(nested, invalidate_is_enoent_on_anything_but_a_nested_hwpt, 30)
{
	struct iommu_hwpt_invalidate_selftest inv = { .iotlb_id = 0 };
	uint32_t ids[] = { self->parent, self->plain, self->auto_hwpt,
			   self->ioas, self->idev, 0, 1000 };
	unsigned int i;
	uint32_t num;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		num = 1;
		TH_LOG("id %u", ids[i]);
		ASSERT_ERRNO(ENOENT, raw_hwpt_invalidate(self->fd, ids[i],
							 IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
							 &inv, INV_LEN, &num));
		ASSERT_EQ(0, num);
	}
}

TEST_F_SKIPPABLE(nested, invalidate_size_and_reserved_rules, 30)
{
	struct iommu_hwpt_invalidate_selftest inv = { .iotlb_id = 0 };
	struct {
		struct iommu_hwpt_invalidate cmd;
		uint64_t tail;
	} big;
	uint32_t nested;

	test_nested_alloc(self->fd, self->idev, self->parent, 5, &nested);
	memset(&big, 0, sizeof(big));
	big.cmd.hwpt_id = nested;
	big.cmd.data_uptr = (uintptr_t)&inv;
	big.cmd.data_type = IOMMU_HWPT_INVALIDATE_DATA_SELFTEST;
	big.cmd.entry_len = INV_LEN;
	big.cmd.entry_num = 1;

	big.cmd.size = offsetof(struct iommu_hwpt_invalidate, __reserved);
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->fd, IOMMU_HWPT_INVALIDATE,
				       &big));
	big.cmd.size = sizeof(big);
	big.tail = 1;
	ASSERT_ERRNO(E2BIG, raw_ioctl(self->fd, IOMMU_HWPT_INVALIDATE, &big));
	big.tail = 0;
	big.cmd.__reserved = 1;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_HWPT_INVALIDATE,
					   &big));
	assert_iotlb_all(self->fd, nested, 5);
	/* A longer struct with a zero tail is fine. */
	big.cmd.__reserved = 0;
	big.cmd.entry_num = 1;	/* the failures wrote back 0 */
	ASSERT_OK(raw_ioctl(self->fd, IOMMU_HWPT_INVALIDATE, &big));
	ASSERT_EQ(1, big.cmd.entry_num);
	ASSERT_OK(raw_md_check_iotlb(self->fd, nested, 0, 0));
}

/* ---- faults through a nested HWPT (what a vIOMMU forwards) -------------- */

TEST_F_SKIPPABLE(nested, a_nested_hwpt_with_a_fault_queue_delivers_page_requests, 30)
{
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t fault_id, nested, pt;
	size_t n;
	int ffd;

	/* What the device was answered: a test op of ioasidfd's own. */
	SKIP_UNLESS_MOCK_HAS(self->fd, MOCK_NEEDS_PAGE_RESPONSES, return);
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &fault_id, &ffd));
	ASSERT_OK(ioasid_hwpt_alloc_nested(self->fd, self->idev, self->parent,
					   IOMMU_HWPT_FAULT_ID_VALID, fault_id,
					   IOMMU_HWPT_DATA_SELFTEST, &data,
					   sizeof(data), &nested));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, fault_id));
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0, 3,
				   IOMMU_PGFAULT_PERM_READ, 0x4000));
	ASSERT_OK(ioasid_fault_read(ffd, &rec, 1, &n));
	ASSERT_EQ(1, n);
	ASSERT_EQ(self->idev, rec.dev_id);
	ASSERT_EQ(3, rec.grpid);
	ASSERT_EQ(0x4000, rec.addr);
	ASSERT_OK(ioasid_fault_respond(ffd, rec.cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(1, r.success);
	ASSERT_EQ(0, r.invalid);
	close(ffd);
}

/*
 * As upstream's (iommufd_ioas.alloc_hwpt_nested, _test_cmd_trigger_iopf):
 * the mock's PASID table is the user's, so a request tagged with a PASID
 * that has no attachment of its own goes to the nested HWPT the device is
 * attached to, and it belongs to the device's attachment there.
 */
TEST_F_SKIPPABLE(nested, a_pasid_request_goes_to_the_devices_nested_hwpt, 30)
{
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	struct iommu_hwpt_page_response resp = {
		.code = IOMMUFD_PAGE_RESP_SUCCESS,
	};
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t fault_id, nested, pt;
	int ffd;

	/* What the device was answered: a test op of ioasidfd's own. */
	SKIP_UNLESS_MOCK_HAS(self->fd, MOCK_NEEDS_PAGE_RESPONSES, return);
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &fault_id, &ffd));
	ASSERT_OK(ioasid_hwpt_alloc_nested(self->fd, self->idev, self->parent,
					   IOMMU_HWPT_FAULT_ID_VALID, fault_id,
					   IOMMU_HWPT_DATA_SELFTEST, &data,
					   sizeof(data), &nested));
	pt = nested;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));

	/* One plain read() and write() of whole structs, as upstream's. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0x1, 0x2,
				   IOMMU_PGFAULT_PERM_READ |
					   IOMMU_PGFAULT_PERM_WRITE,
				   0xdeadbeaf));
	ASSERT_EQ((ssize_t)sizeof(rec), read(ffd, &rec, sizeof(rec)));
	ASSERT_EQ(IOMMU_PGFAULT_FLAGS_PASID_VALID |
			  IOMMU_PGFAULT_FLAGS_LAST_PAGE,
		  rec.flags);
	ASSERT_EQ(self->idev, rec.dev_id);
	ASSERT_EQ(0x1, rec.pasid);
	ASSERT_EQ(0x2, rec.grpid);
	ASSERT_EQ(0xdeadbeaf, rec.addr);
	resp.cookie = rec.cookie;
	ASSERT_EQ((ssize_t)sizeof(resp), write(ffd, &resp, sizeof(resp)));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(1, r.success);
	ASSERT_EQ(0x1, r.last_pasid);

	/* Unanswered, it is answered when the device leaves the HWPT. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0x5, 0x3,
				   IOMMU_PGFAULT_PERM_READ, 0x1000));
	ASSERT_EQ((ssize_t)sizeof(rec), read(ffd, &rec, sizeof(rec)));
	pt = self->parent;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(1, r.invalid);
	ASSERT_EQ(0x3, r.last_grpid);

	/* On a paging HWPT a PASID with no attachment has nowhere to go. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0x1, 0x4,
				   IOMMU_PGFAULT_PERM_READ, 0x1000));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(2, r.invalid);
	ASSERT_EQ(0x4, r.last_grpid);

	close(ffd);
	test_destroy(self->fd, nested);
	test_destroy(self->fd, fault_id);
}

/* ==== a VT-d device (edu): no nesting on 6.1 =========================== */

FIXTURE(nested_edu) {
	T_IOAS(io);
	T_EDU(edu);		/* attached to ioas (hwpt: its HWPT) */
};

FIXTURE_SETUP(nested_edu)
{
	t_ioas_setup(&self->io, 0);
	t_edu_setup(&self->edu, EDU_ANY, self->fd, self->ioas, false);
}

FIXTURE_TEARDOWN(nested_edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

TEST_F_SKIPPABLE(nested_edu, vtd_gives_no_nest_parent_and_no_nested_hwpt,
		 DEVICE_TEST_TIMEOUT)
{
	struct iommu_hwpt_vtd_s1 s1 = { .addr_width = 48 };
	uint32_t plain, hwpt;

	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc(self->fd, self->devid, self->ioas,
				       IOMMU_HWPT_ALLOC_NEST_PARENT, &hwpt));
	/*
	 * On one of its own paging HWPTs, with VT-d's own format: not a nest
	 * parent, which upstream checks before the IOMMU's abilities.
	 */
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->devid, self->ioas, 0,
				    &plain));
	ASSERT_ERRNO(EINVAL,
		     ioasid_hwpt_alloc_nested(self->fd, self->devid, plain, 0,
					      0, IOMMU_HWPT_DATA_VTD_S1, &s1,
					      sizeof(s1), &hwpt));
	/* Nothing was built on it. */
	test_destroy(self->fd, plain);
}

TEST_F_SKIPPABLE(nested_edu, a_vtd_device_cannot_use_the_mocks_nesting,
		 DEVICE_TEST_TIMEOUT)
{
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	uint32_t stdev, idev, parent, nested, hwpt, pt;

	if (!t_need_mock(self->fd))
		return;
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, &idev);
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, self->ioas,
				    IOMMU_HWPT_ALLOC_NEST_PARENT, &parent));
	ASSERT_OK(ioasid_hwpt_alloc_nested(self->fd, idev, parent, 0, 0,
					   IOMMU_HWPT_DATA_SELFTEST, &data,
					   sizeof(data), &nested));
	/* A nested HWPT for the edu on the mock's parent: another IOMMU's. */
	ASSERT_ERRNO(EINVAL,
		     ioasid_hwpt_alloc_nested(self->fd, self->devid, parent,
					      0, 0, IOMMU_HWPT_DATA_SELFTEST,
					      &data, sizeof(data), &hwpt));
	/* The edu attached to the mock's domains: refused, it stays put. */
	pt = nested;
	ASSERT_ERRNO(EINVAL, ioasid_vfio_attach(self->devfd, &pt));
	pt = parent;
	ASSERT_ERRNO(EINVAL, ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->hwpt));
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->hwpt, pt);
	test_destroy(self->fd, nested);
	test_destroy(self->fd, parent);
	test_destroy(self->fd, stdev);
}

/* Mock and real-device fixtures: the mock ones skip without the mock. */
IOASID_TEST_MAIN
