// SPDX-License-Identifier: GPL-2.0
/*
 * viommu: what a VMM's virtual IOMMU does with /dev/ioasid, step by step.
 *
 * A guest that runs its own IOMMU driver gives each assigned device a
 * stage-1 page table in guest memory (IOVA -> guest physical). The VMM
 * does not shadow it: it asks the host IOMMU to walk the guest's table
 * itself (a nested HWPT) and to translate the result through a stage 2
 * that the VMM owns (an IOAS mapping guest physical -> host memory).
 * Afterwards the VMM only forwards what the guest tells its vIOMMU:
 *
 *   1. guest RAM is mapped into an IOAS at its guest-physical addresses,
 *      and the device is attached there (what a VMM without vIOMMU does);
 *   2. IOMMU_GET_HW_INFO says what the host IOMMU is, so the vIOMMU can
 *      look like it to the guest;
 *   3. a NEST_PARENT HWPT on the IOAS becomes the stage 2;
 *   4. the guest points the device at its stage-1 table: the VMM creates a
 *      nested HWPT with the table's description (driver data) and a fault
 *      queue, and moves the device into it;
 *   5. the guest changes its table and invalidates its IOTLB: the VMM
 *      forwards the invalidation (IOMMU_HWPT_INVALIDATE);
 *   6. the device touches an address the guest has not mapped yet and
 *      raises a page request: the VMM reads it from the fault fd, hands it
 *      to the guest, and answers the device once the guest has fixed its
 *      table (a write to the fault fd);
 *   7. the guest turns its vIOMMU off: the device goes back to the IOAS
 *      and everything is torn down in reverse order.
 *
 * No real IOMMU that 6.1 drives can nest or deliver page requests to user
 * space (QEMU's VT-d cannot either), so this example plays it on the test
 * build's mock IOMMU: the "device" is a mock device, its IOTLB and page
 * requests are driven through IOMMU_TEST_CMD. Everything else is exactly
 * the uAPI a VMM uses with hardware that nests; the IOMMU_TEST_CMD calls
 * are marked "(mock)". It exits 77 (skipped) when ioasidfd.ko was built
 * without the mock (IOASIDFD_TEST=n).
 *
 * Exit status 0 only if every check holds.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "libioasid.h"
#include "narrate.h"
#include "ioasidfd_test.h"

/* Guest RAM: 2 MiB at guest-physical 16 MiB (inside the mock's aperture). */
#define GUEST_RAM_GPA	0x1000000ull
#define GUEST_RAM_SIZE	(2ull << 20)
/* Where the guest's stage-1 table lives, and the IOVA that will fault. */
#define GUEST_S1_GPA	(GUEST_RAM_GPA + 0x10000)
#define FAULT_IOVA	0x40000000ull
#define FAULT_GRPID	5

/* One IOMMU_TEST_CMD (mock): 0 or -errno. */
static int mock_cmd(int fd, struct iommu_test_cmd *cmd)
{
	cmd->size = sizeof(*cmd);
	return ioctl(fd, IOMMU_TEST_CMD, cmd) ? -errno : 0;
}

/* (mock) Whether the nested HWPT's IOTLB entry @id holds @val. */
static bool iotlb_is(int fd, uint32_t nested, uint32_t id, uint32_t val)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_MD_CHECK_IOTLB,
		.id = nested,
		.check_iotlb = { .id = id, .iotlb = val },
	};

	return mock_cmd(fd, &cmd) == 0;
}

int main(void)
{
	struct iommu_hwpt_invalidate_selftest inv[2] = {
		{ .iotlb_id = 1 }, { .iotlb_id = 2 },
	};
	struct iommu_hwpt_selftest s1 = { .iotlb = IOMMU_TEST_IOTLB_DEFAULT };
	struct iommu_test_hw_info hw = { 0 };
	struct iommu_test_cmd cmd;
	struct iommu_hwpt_pgfault rec;
	uint32_t ioas, dev_id, stdev, auto_hwpt, parent, nested, fault_id;
	uint32_t hw_len = sizeof(hw), hw_type = 0, num, pt;
	uint64_t gpa = GUEST_RAM_GPA;
	struct pollfd pfd;
	size_t n;
	void *ram;
	int fd, ffd, rc;

	narrate_init("viommu");
	printf("viommu: a virtual IOMMU on /dev/ioasid (nested translation, "
	       "invalidation, page faults), on the mock IOMMU\n");

	step("open /dev/ioasid; map 2 MiB of guest RAM at guest-physical "
	     "0x%llx", GUEST_RAM_GPA);
	fd = ioasid_open();
	if (fd < 0)
		return die("open /dev/ioasid", fd);
	memset(&cmd, 0, sizeof(cmd));
	if (mock_cmd(fd, &cmd) == -ENOTTY) {
		printf("viommu: SKIP: ioasidfd.ko was built without the mock "
		       "IOMMU (IOASIDFD_TEST=n)\n");
		return 77;
	}
	ram = mmap(NULL, GUEST_RAM_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ram == MAP_FAILED)
		return die("mmap guest RAM", -errno);
	rc = ioasid_ioas_alloc(fd, &ioas);
	if (rc)
		return die("IOMMU_IOAS_ALLOC", rc);
	rc = ioasid_ioas_map(fd, ioas, ram, GUEST_RAM_SIZE, &gpa,
			     IOMMU_IOAS_MAP_FIXED_IOVA |
				     IOMMU_IOAS_MAP_READABLE |
				     IOMMU_IOAS_MAP_WRITEABLE);
	if (rc)
		return die("IOMMU_IOAS_MAP", rc);
	say("IOAS %u: guest-physical [0x%llx, 0x%llx] -> host %p", ioas,
	    GUEST_RAM_GPA, GUEST_RAM_GPA + GUEST_RAM_SIZE - 1, ram);

	step("assign a device and attach it to the IOAS (mock: a real VMM "
	     "binds /dev/vfio/devices/vfioN here)");
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_MOCK_DOMAIN;
	cmd.id = ioas;
	rc = mock_cmd(fd, &cmd);
	if (rc)
		return die("(mock) IOMMU_TEST_OP_MOCK_DOMAIN", rc);
	stdev = cmd.mock_domain.out_stdev_id;
	dev_id = cmd.mock_domain.out_idev_id;
	auto_hwpt = cmd.mock_domain.out_hwpt_id;
	say("device %u attached to IOAS %u through automatic HWPT %u",
	    dev_id, ioas, auto_hwpt);

	step("IOMMU_GET_HW_INFO: what the guest's vIOMMU should look like");
	rc = ioasid_get_hw_info(fd, dev_id, &hw, &hw_len, &hw_type, NULL,
				NULL);
	if (rc)
		return die("IOMMU_GET_HW_INFO", rc);
	say("host IOMMU type 0x%x, %u bytes of registers, test_reg 0x%x",
	    hw_type, hw_len, hw.test_reg);
	check(hw_type == IOMMU_HW_INFO_TYPE_SELFTEST &&
		      hw.test_reg == IOMMU_HW_INFO_SELFTEST_REGVAL,
	      "the mock IOMMU describes itself");

	step("create the stage 2: a NEST_PARENT HWPT on the IOAS, and a "
	     "fault queue for the guest's page requests");
	rc = ioasid_hwpt_alloc(fd, dev_id, ioas, IOMMU_HWPT_ALLOC_NEST_PARENT,
			       &parent);
	if (rc)
		return die("IOMMU_HWPT_ALLOC(NEST_PARENT)", rc);
	rc = ioasid_fault_queue_alloc(fd, &fault_id, &ffd);
	if (rc)
		return die("IOMMU_FAULT_QUEUE_ALLOC", rc);
	say("stage-2 HWPT %u; fault queue %u (fd %d)", parent, fault_id, ffd);

	step("the guest enables its vIOMMU with a stage-1 table at "
	     "guest-physical 0x%llx: nest it on the stage 2", GUEST_S1_GPA);
	say("(the mock's stage-1 description is just an initial IOTLB value, "
	    "0x%x; VT-d's would be struct iommu_hwpt_vtd_s1 with the table "
	    "address)", s1.iotlb);
	rc = ioasid_hwpt_alloc_nested(fd, dev_id, parent,
				      IOMMU_HWPT_FAULT_ID_VALID, fault_id,
				      IOMMU_HWPT_DATA_SELFTEST, &s1,
				      sizeof(s1), &nested);
	if (rc)
		return die("IOMMU_HWPT_ALLOC(nested)", rc);
	pt = nested;
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE;
	cmd.id = stdev;
	cmd.mock_domain_replace.pt_id = pt;
	rc = mock_cmd(fd, &cmd);
	if (rc)
		return die("(mock) attach the device to the nested HWPT", rc);
	say("nested HWPT %u on %u; the device is in it (a VFIO device: "
	    "VFIO_DEVICE_ATTACH_IOMMUFD_PT with pt_id %u)", nested, parent,
	    nested);
	check(ioasid_destroy(fd, parent) == -EBUSY,
	      "the stage 2 cannot go while the nested HWPT uses it (EBUSY)");
	check(iotlb_is(fd, nested, 0, s1.iotlb) &&
		      iotlb_is(fd, nested, 3, s1.iotlb),
	      "(mock) the IOTLB starts out as the guest described it");

	step("the guest changes two stage-1 entries and invalidates them: "
	     "forward with IOMMU_HWPT_INVALIDATE");
	num = 2;
	rc = ioasid_hwpt_invalidate(fd, nested,
				    IOMMU_HWPT_INVALIDATE_DATA_SELFTEST, inv,
				    sizeof(inv[0]), &num);
	if (rc)
		return die("IOMMU_HWPT_INVALIDATE", rc);
	say("%u of 2 invalidation entries handled", num);
	check(num == 2 && iotlb_is(fd, nested, 1, 0) &&
		      iotlb_is(fd, nested, 2, 0) &&
		      iotlb_is(fd, nested, 0, s1.iotlb),
	      "(mock) entries 1 and 2 were dropped, entry 0 kept");
	inv[1].iotlb_id = MOCK_NESTED_DOMAIN_IOTLB_ID_MAX + 1;
	num = 2;
	rc = ioasid_hwpt_invalidate(fd, nested,
				    IOMMU_HWPT_INVALIDATE_DATA_SELFTEST, inv,
				    sizeof(inv[0]), &num);
	check(rc == -EINVAL && num == 1,
	      "a bad entry stops the batch: EINVAL, 1 handled (a vIOMMU "
	      "reports entry %u to the guest as failed)", num);

	step("the device reads IOVA 0x%llx, which the guest has not mapped: "
	     "a page request", FAULT_IOVA);
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_TRIGGER_IOPF;
	cmd.trigger_iopf.dev_id = dev_id;
	cmd.trigger_iopf.grpid = FAULT_GRPID;
	cmd.trigger_iopf.perm = IOMMU_PGFAULT_PERM_READ;
	cmd.trigger_iopf.addr = FAULT_IOVA;
	rc = mock_cmd(fd, &cmd);
	if (rc)
		return die("(mock) IOMMU_TEST_OP_TRIGGER_IOPF", rc);
	pfd.fd = ffd;
	pfd.events = POLLIN;
	rc = poll(&pfd, 1, 1000);
	check(rc == 1 && (pfd.revents & POLLIN),
	      "the fault fd polls readable");
	rc = ioasid_fault_read(ffd, &rec, 1, &n);
	if (rc)
		return die("read the fault fd", rc);
	check(n == 1 && rec.dev_id == dev_id && rec.addr == FAULT_IOVA &&
		      rec.grpid == FAULT_GRPID &&
		      (rec.flags & IOMMU_PGFAULT_FLAGS_LAST_PAGE),
	      "one record: device %u, addr 0x%llx, group %u, perm 0x%x, "
	      "cookie %u", rec.dev_id, (unsigned long long)rec.addr,
	      rec.grpid, rec.perm, rec.cookie);
	say("a VMM now injects this into the guest's vIOMMU page request "
	    "queue; the guest maps IOVA 0x%llx and answers", FAULT_IOVA);
	rc = ioasid_fault_respond(ffd, rec.cookie, IOMMUFD_PAGE_RESP_SUCCESS);
	if (rc)
		return die("write the page response", rc);
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_PAGE_RESPONSES;
	cmd.page_responses.dev_id = dev_id;
	rc = mock_cmd(fd, &cmd);
	if (rc)
		return die("(mock) IOMMU_TEST_OP_PAGE_RESPONSES", rc);
	check(cmd.page_responses.out_success == 1 &&
		      cmd.page_responses.out_last_grpid == FAULT_GRPID,
	      "(mock) the device got SUCCESS for group %u and may retry",
	      cmd.page_responses.out_last_grpid);
	check(ioasid_fault_respond(ffd, rec.cookie,
				   IOMMUFD_PAGE_RESP_SUCCESS) == -EINVAL,
	      "a second answer to the same group is refused (EINVAL)");

	step("the guest disables its vIOMMU: the device goes back to the "
	     "IOAS, then tear down in reverse order");
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE;
	cmd.id = stdev;
	cmd.mock_domain_replace.pt_id = ioas;
	rc = mock_cmd(fd, &cmd);
	if (rc)
		return die("(mock) attach the device to the IOAS", rc);
	say("device back on HWPT %u of IOAS %u",
	    cmd.mock_domain_replace.pt_id, ioas);
	check(ioasid_destroy(fd, nested) == 0, "nested HWPT destroyed");
	check(ioasid_destroy(fd, parent) == 0, "stage-2 HWPT destroyed");
	check(close(ffd) == 0 && ioasid_destroy(fd, fault_id) == 0,
	      "fault queue closed and destroyed");
	check(ioasid_destroy(fd, stdev) == 0, "(mock) device unassigned");
	check(ioasid_destroy(fd, ioas) == 0, "IOAS destroyed");
	close(fd);
	munmap(ram, GUEST_RAM_SIZE);

	if (narrate_failures()) {
		printf("\nviommu: FAILED (%d checks)\n", narrate_failures());
		return 1;
	}
	printf("\nviommu: all checks passed\n");
	return 0;
}
