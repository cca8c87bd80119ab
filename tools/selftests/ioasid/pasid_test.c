// SPDX-License-Identifier: GPL-2.0
/*
 * pasid_test: attaching, replacing and detaching address spaces on a
 * (device, PASID) pair, IOMMU_HWPT_ALLOC_PASID and the PASID width in
 * IOMMU_GET_HW_INFO, as include/uapi/linux/ioasid.h and
 * include/linux/ioasidfd.h document them.
 *
 * The mock IOMMU's devices made with MOCK_FLAGS_DEVICE_PASID have PASIDs
 * (IOMMU_TEST_OP_PASID_* drive the kernel API, PASID_CHECK_HWPT reads what
 * the mock was told). QEMU's edu has no PASID capability and 6.1 attaches
 * no PASIDs behind a real IOMMU: the last fixture checks that the VFIO
 * cdev's PASID flags give the documented errnos there and change nothing.
 */
#include "fixture.h"

#define WIDTH		MOCK_PASID_WIDTH
#define PASID_MAX	((1u << WIDTH) - 1)

/* ==== a mock device with PASIDs on an IOAS ============================= */

FIXTURE(pasid) {
	T_IOAS(io);
	uint32_t ioas2;
	uint32_t stdev;
	uint32_t idev;
	uint32_t rid_hwpt;	/* the device's own (automatic) HWPT */
	uint32_t hwpt;		/* explicit, IOMMU_HWPT_ALLOC_PASID */
	uint32_t plain;		/* explicit, without it */
};

FIXTURE_SETUP(pasid)
{
	t_ioas_setup(&self->io, 0);
	if (!t_need_mock_with(self->fd, MOCK_NEEDS_PASID |
					  MOCK_NEEDS_PAGE_RESPONSES))
		return;
	test_ioas_alloc(self->fd, &self->ioas2);
	ASSERT_OK(raw_mock_domain_flags(self->fd, self->ioas,
					MOCK_FLAGS_DEVICE_PASID, &self->stdev,
					&self->rid_hwpt, &self->idev));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas2,
				    IOMMU_HWPT_ALLOC_PASID, &self->hwpt));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas2, 0,
				    &self->plain));
}

FIXTURE_TEARDOWN(pasid)
{
	t_ioas_teardown(&self->io);
}

#define assert_pasid_on(pasid, hwpt)					\
	ASSERT_OK(raw_pasid_check(self->fd, self->stdev, pasid, hwpt))

TEST_F_SKIPPABLE(pasid, hw_info_reports_the_pasid_width, 30)
{
	uint8_t width = 0xff;
	uint32_t idev2;

	ASSERT_OK(ioasid_get_hw_info(self->fd, self->idev, NULL, NULL, NULL,
				     NULL, &width));
	ASSERT_EQ(WIDTH, width);
	/* A mock device without PASIDs says 0. */
	test_mock_domain(self->fd, self->ioas, NULL, NULL, &idev2);
	ASSERT_OK(ioasid_get_hw_info(self->fd, idev2, NULL, NULL, NULL, NULL,
				     &width));
	ASSERT_EQ(0, width);
}

TEST_F_SKIPPABLE(pasid, attach_to_an_ioas_uses_an_automatic_hwpt_for_that_pasid_only, 30)
{
	uint32_t pt = self->ioas2;

	assert_pasid_on(1, 0);
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	ASSERT_NE(self->ioas2, pt);
	ASSERT_NE(self->hwpt, pt);
	assert_pasid_on(1, pt);
	/* Other PASIDs, and the device itself, are where they were. */
	assert_pasid_on(2, 0);
	assert_pasid_on(PASID_MAX, 0);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas2));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->rid_hwpt));

	/* A second PASID on the same IOAS shares that HWPT. */
	{
		uint32_t pt2 = self->ioas2;

		ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, PASID_MAX,
					   &pt2));
		ASSERT_EQ(pt, pt2);
	}
	/* The automatic HWPT goes with its last PASID. */
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 1));
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, PASID_MAX));
	assert_pasid_on(1, 0);
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, pt));
	test_destroy(self->fd, self->hwpt);
	test_destroy(self->fd, self->plain);
	test_destroy(self->fd, self->ioas2);
}

TEST_F_SKIPPABLE(pasid, attach_to_a_pasid_hwpt_and_detach, 30)
{
	uint32_t pt = self->hwpt;

	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 7, &pt));
	ASSERT_EQ(self->hwpt, pt);
	assert_pasid_on(7, self->hwpt);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->hwpt));
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 7));
	assert_pasid_on(7, 0);
	/* Detaching a PASID that is not attached does nothing. */
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 7));
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 8));
	test_destroy(self->fd, self->hwpt);
}

TEST_F_SKIPPABLE(pasid, a_hwpt_not_made_for_pasids_is_einval, 30)
{
	uint32_t pt = self->plain;

	ASSERT_ERRNO(EINVAL, raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	assert_pasid_on(1, 0);
	test_destroy(self->fd, self->plain);
}

TEST_F_SKIPPABLE(pasid, pasid_zero_and_pasids_beyond_the_width_are_einval, 30)
{
	uint32_t bad[] = { 0, PASID_MAX + 1, 1u << 31, 0xffffffffu };
	unsigned int i;
	uint32_t pt;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		TH_LOG("pasid 0x%x", bad[i]);
		pt = self->hwpt;
		ASSERT_ERRNO(EINVAL, raw_pasid_attach(self->fd, self->stdev,
						      bad[i], &pt));
		ASSERT_ERRNO(EINVAL, raw_pasid_detach(self->fd, self->stdev,
						      bad[i]));
	}
	/* Nothing took the HWPT. */
	test_destroy(self->fd, self->hwpt);
}

TEST_F_SKIPPABLE(pasid, a_device_without_pasids_is_eopnotsupp, 30)
{
	uint32_t stdev2, pt = self->hwpt;

	test_mock_domain(self->fd, self->ioas, &stdev2, NULL, NULL);
	ASSERT_ERRNO(EOPNOTSUPP, raw_pasid_attach(self->fd, stdev2, 1, &pt));
	ASSERT_ERRNO(EOPNOTSUPP, raw_pasid_detach(self->fd, stdev2, 1));
	test_destroy(self->fd, self->hwpt);
}

TEST_F_SKIPPABLE(pasid, attach_refuses_an_attached_pasid_and_replace_wants_one, 30)
{
	uint32_t pt = self->hwpt, pt2 = self->ioas;

	ASSERT_ERRNO(EINVAL, raw_pasid_replace(self->fd, self->stdev, 3,
					       &pt2));
	assert_pasid_on(3, 0);
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 3, &pt));
	pt2 = self->ioas;
	ASSERT_ERRNO(EINVAL, raw_pasid_attach(self->fd, self->stdev, 3, &pt2));
	assert_pasid_on(3, self->hwpt);

	/* Replace moves it, and the old HWPT is free again. */
	pt2 = self->ioas;
	ASSERT_OK(raw_pasid_replace(self->fd, self->stdev, 3, &pt2));
	ASSERT_NE(self->hwpt, pt2);
	assert_pasid_on(3, pt2);
	test_destroy(self->fd, self->hwpt);
	/* A failed replace leaves it where it was. */
	pt = self->plain;
	ASSERT_ERRNO(EINVAL, raw_pasid_replace(self->fd, self->stdev, 3, &pt));
	pt = self->idev;
	ASSERT_ERRNO(EINVAL, raw_pasid_replace(self->fd, self->stdev, 3, &pt));
	pt = 99999;
	ASSERT_ERRNO(ENOENT, raw_pasid_replace(self->fd, self->stdev, 3, &pt));
	assert_pasid_on(3, pt2);
}

TEST_F_SKIPPABLE(pasid, the_device_and_its_pasids_must_share_compatibly, 30)
{
	uint32_t pt;

	/* The device in a HWPT not made for PASIDs: no PASID may attach. */
	pt = self->plain;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	pt = self->hwpt;
	ASSERT_ERRNO(EINVAL, raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	assert_pasid_on(1, 0);

	/* Back to a PASID-capable HWPT; then it cannot leave for "plain". */
	pt = self->hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	pt = self->hwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	pt = self->plain;
	ASSERT_ERRNO(EINVAL, raw_mock_domain_replace(self->fd, self->stdev,
						     &pt));
	/* Its automatic HWPTs are made for PASIDs: that move is fine. */
	pt = self->ioas;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	assert_pasid_on(1, self->hwpt);
}

TEST_F_SKIPPABLE(pasid, nested_hwpts_serve_pasids_when_made_for_them, 30)
{
	struct iommu_hwpt_selftest data = { .iotlb = 1 };
	uint32_t parent, nested, nested_plain, pt;

	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas2,
				    IOMMU_HWPT_ALLOC_NEST_PARENT, &parent));
	ASSERT_OK(ioasid_hwpt_alloc_nested(self->fd, self->idev, parent,
					   IOMMU_HWPT_ALLOC_PASID, 0,
					   IOMMU_HWPT_DATA_SELFTEST, &data,
					   sizeof(data), &nested));
	ASSERT_OK(ioasid_hwpt_alloc_nested(self->fd, self->idev, parent, 0, 0,
					   IOMMU_HWPT_DATA_SELFTEST, &data,
					   sizeof(data), &nested_plain));
	pt = nested_plain;
	ASSERT_ERRNO(EINVAL, raw_pasid_attach(self->fd, self->stdev, 5, &pt));
	pt = nested;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 5, &pt));
	ASSERT_EQ(nested, pt);
	assert_pasid_on(5, nested);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, nested));
	/* Replace between the nested HWPT and a paging one. */
	pt = self->hwpt;
	ASSERT_OK(raw_pasid_replace(self->fd, self->stdev, 5, &pt));
	assert_pasid_on(5, self->hwpt);
	test_destroy(self->fd, nested);
	test_destroy(self->fd, nested_plain);
	test_destroy(self->fd, parent);
}

TEST_F_SKIPPABLE(pasid, page_requests_with_a_pasid_go_to_that_pasids_hwpt, 30)
{
	struct iommu_hwpt_pgfault rec;
	struct responses r;
	uint32_t fault_id, fhwpt, pt;
	size_t n;
	int ffd;

	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &fault_id, &ffd));
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas2,
					  IOMMU_HWPT_ALLOC_PASID, fault_id,
					  &fhwpt));
	pt = fhwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 9, &pt));

	/* Tagged with PASID 9: queued, and it says so. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 9, 1,
				   IOMMU_PGFAULT_PERM_READ, 0x5000));
	ASSERT_OK(ioasid_fault_read(ffd, &rec, 1, &n));
	ASSERT_EQ(1, n);
	ASSERT_EQ(9, rec.pasid);
	ASSERT_TRUE(rec.flags & IOMMU_PGFAULT_FLAGS_PASID_VALID);

	/* Untagged, or another PASID: not this queue's; failed at once. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0, 2,
				   IOMMU_PGFAULT_PERM_READ, 0x5000));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 10, 3,
				   IOMMU_PGFAULT_PERM_READ, 0x5000));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(2, r.invalid);
	ASSERT_EQ(0, r.success);
	ASSERT_OK(ioasid_fault_read(ffd, &rec, 1, &n));
	ASSERT_EQ(0, n);

	/* Detaching PASID 9 answers its read-but-unanswered group. */
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 9));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(3, r.invalid);
	ASSERT_EQ(9, r.last_pasid);
	close(ffd);
}

TEST_F_SKIPPABLE(pasid, leaving_answers_only_the_faults_that_came_through_that_attachment, 30)
{
	struct iommu_hwpt_pgfault rec[2];
	struct responses r;
	uint32_t fault_id, fhwpt, pt;
	size_t n;
	int ffd;

	/* The device itself and its PASID 4 on the same fault HWPT. */
	ASSERT_OK(ioasid_fault_queue_alloc(self->fd, &fault_id, &ffd));
	ASSERT_OK(ioasid_hwpt_alloc_fault(self->fd, self->idev, self->ioas2,
					  IOMMU_HWPT_ALLOC_PASID, fault_id,
					  &fhwpt));
	pt = fhwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	pt = fhwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 4, &pt));

	/* One untagged group, one tagged with PASID 4; both read. */
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0, 1,
				   IOMMU_PGFAULT_PERM_READ, 0x1000));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 4, 2,
				   IOMMU_PGFAULT_PERM_READ, 0x2000));
	ASSERT_OK(ioasid_fault_read(ffd, rec, 2, &n));
	ASSERT_EQ(2, n);

	/* PASID 4 leaves: only its group is answered with failure. */
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, 4));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(1, r.invalid);
	ASSERT_EQ(2, r.last_grpid);
	ASSERT_EQ(4, r.last_pasid);
	/* The untagged one still waits for its answer, and gets it. */
	ASSERT_OK(ioasid_fault_respond(ffd, rec[0].cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_ERRNO(EINVAL, ioasid_fault_respond(ffd, rec[1].cookie,
						  IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(1, r.success);
	ASSERT_EQ(1, r.last_grpid);

	/* The other way round: the device leaves, PASID 4's group stays. */
	pt = fhwpt;
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 4, &pt));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 0, 3,
				   IOMMU_PGFAULT_PERM_READ, 0x1000));
	ASSERT_OK(raw_trigger_iopf(self->fd, self->idev, 4, 5,
				   IOMMU_PGFAULT_PERM_READ, 0x2000));
	pt = self->hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(2, r.invalid);
	ASSERT_EQ(3, r.last_grpid);
	ASSERT_OK(ioasid_fault_read(ffd, rec, 2, &n));
	ASSERT_EQ(1, n);
	ASSERT_EQ(5, rec[0].grpid);
	ASSERT_OK(ioasid_fault_respond(ffd, rec[0].cookie,
				       IOMMUFD_PAGE_RESP_SUCCESS));
	ASSERT_OK(raw_page_responses(self->fd, self->idev, &r));
	ASSERT_EQ(2, r.success);
	close(ffd);
}

TEST_F_SKIPPABLE(pasid, destroying_the_device_detaches_its_pasids, 30)
{
	uint32_t pt = self->hwpt, pt2 = self->ioas2;

	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 2, &pt2));
	test_destroy(self->fd, self->stdev);
	/* Nothing holds the HWPTs any more; the automatic one is gone. */
	test_destroy(self->fd, self->hwpt);
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, pt2));
	test_destroy(self->fd, self->plain);
	test_destroy(self->fd, self->ioas2);
}

TEST_F_SKIPPABLE(pasid, closing_the_context_with_pasids_attached_frees_all, 30)
{
	uint32_t pt = self->hwpt, pt2 = self->ioas;

	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 1, &pt));
	ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, 2, &pt2));
	/* kmemleak and the module unload at the end of the run check this. */
	ASSERT_OK(close(self->fd));
	self->fd = -1;
}

TEST_F_SKIPPABLE(pasid, hwpt_alloc_pasid_rules, 30)
{
	uint32_t idev2, hwpt;

	/* The flag is known; a device of an IOMMU without PASIDs is not. */
	test_mock_domain(self->fd, self->ioas, NULL, NULL, &idev2);
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev2, self->ioas,
				    IOMMU_HWPT_ALLOC_PASID, &hwpt));
	ASSERT_ERRNO(EOPNOTSUPP, ioasid_hwpt_alloc(self->fd, idev2, self->ioas,
						   1u << 4, &hwpt));
}

/* ==== a VT-d device (edu): no PASIDs ==================================== */

FIXTURE(pasid_edu) {
	T_IOAS(io);
	T_EDU(edu);		/* attached to ioas (hwpt: its HWPT) */
};

FIXTURE_SETUP(pasid_edu)
{
	t_ioas_setup(&self->io, 0);
	t_edu_setup(&self->edu, EDU_ANY, self->fd, self->ioas, false);
}

FIXTURE_TEARDOWN(pasid_edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

/* The device is still in its HWPT, which is still in use. */
#define assert_edu_unchanged()						\
	do {								\
		uint32_t __pt = self->ioas;				\
									\
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->hwpt)); \
		ASSERT_OK(ioasid_vfio_attach(self->devfd, &__pt));	\
		ASSERT_EQ(self->hwpt, __pt);			\
	} while (0)

TEST_F_SKIPPABLE(pasid_edu, no_pasid_width_and_no_pasid_hwpt,
		 DEVICE_TEST_TIMEOUT)
{
	uint8_t width = 0xff;
	uint32_t hwpt;

	ASSERT_OK(ioasid_get_hw_info(self->fd, self->devid, NULL, NULL, NULL,
				     NULL, &width));
	ASSERT_EQ(0, width);
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc(self->fd, self->devid, self->ioas,
				       IOMMU_HWPT_ALLOC_PASID, &hwpt));
}

TEST_F_SKIPPABLE(pasid_edu, the_pasid_flags_are_eopnotsupp_and_change_nothing,
		 DEVICE_TEST_TIMEOUT)
{
	uint32_t pasids[] = { 1, 2, 0xfffff };
	unsigned int i;
	uint32_t pt;

	/* The PASID flags are newer ABI than 6.12's VFIO, which says EINVAL. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "6.12's VFIO has no PASID attach flags");
	for (i = 0; i < ARRAY_SIZE(pasids); i++) {
		pt = self->ioas;
		ASSERT_ERRNO(EOPNOTSUPP,
			     ioasid_vfio_attach_pasid(self->devfd, pasids[i],
						      &pt));
		ASSERT_EQ(self->ioas, pt);
		ASSERT_ERRNO(EOPNOTSUPP,
			     ioasid_vfio_detach_pasid(self->devfd, pasids[i]));
	}
	pt = self->hwpt;
	ASSERT_ERRNO(EOPNOTSUPP, ioasid_vfio_attach_pasid(self->devfd, 1, &pt));
	assert_edu_unchanged();
}

TEST_F_SKIPPABLE(pasid_edu, cdev_pasid_argsz_and_flags_rules,
		 DEVICE_TEST_TIMEOUT)
{
	struct vfio_device_attach_iommufd_pt at = {
		.flags = VFIO_DEVICE_ATTACH_PASID,
		.pt_id = self->ioas,
		.pasid = 1,
	};
	struct vfio_device_detach_iommufd_pt de = {
		.flags = VFIO_DEVICE_DETACH_PASID,
		.pasid = 1,
	};

	/* The PASID flags are newer ABI than 6.12's VFIO, which says EINVAL. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "6.12's VFIO has no PASID attach flags");
	/* The flag needs room for @pasid. */
	at.argsz = offsetof(struct vfio_device_attach_iommufd_pt, pasid);
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->devfd,
				       VFIO_DEVICE_ATTACH_IOMMUFD_PT, &at));
	de.argsz = offsetof(struct vfio_device_detach_iommufd_pt, pasid);
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->devfd,
				       VFIO_DEVICE_DETACH_IOMMUFD_PT, &de));
	/* Unknown flags. */
	at.argsz = sizeof(at);
	at.flags = 1u << 1;
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->devfd,
				       VFIO_DEVICE_ATTACH_IOMMUFD_PT, &at));
	de.argsz = sizeof(de);
	de.flags = 1u << 1;
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->devfd,
				       VFIO_DEVICE_DETACH_IOMMUFD_PT, &de));
	/* Whole structs: the device has no PASIDs. */
	at.flags = VFIO_DEVICE_ATTACH_PASID;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->devfd,
					   VFIO_DEVICE_ATTACH_IOMMUFD_PT, &at));
	de.flags = VFIO_DEVICE_DETACH_PASID;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->devfd,
					   VFIO_DEVICE_DETACH_IOMMUFD_PT, &de));
	assert_edu_unchanged();
}

TEST_F_SKIPPABLE(pasid_edu, library_argument_checks, DEVICE_TEST_TIMEOUT)
{
	ASSERT_ERRNO(EINVAL, ioasid_vfio_attach_pasid(self->devfd, 1, NULL));
	ASSERT_ERRNO(EBADF, ioasid_vfio_detach_pasid(-1, 1));
	assert_edu_unchanged();
}

/* Mock and real-device fixtures: the mock ones skip without the mock. */
IOASID_TEST_MAIN
