// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test: the scenarios that failnth.h sweeps under fault injection,
 * one fixture variant per test. See failnth.h.
 */
#include "failnth.h"

/*
 * The scenarios, by area. They are included, not compiled on their own:
 * kselftest_harness.h defines non-static functions, so the program is one
 * translation unit.
 */
#include "failnth_ioas.c"
#include "failnth_edu.c"
#include "failnth_mock.c"
#include "failnth_vfio.c"
#include "failnth_kvm.c"

/* ==== one variant per test: the scenarios it sweeps ================= */

FIXTURE_VARIANT(fn) {
	const struct scenario *sc[2];
};

FIXTURE_VARIANT_ADD(fn, destroy_failure_keeps_the_ioas_and_its_pinned_pages) {
	.sc = { &sc_destroy },
};
FIXTURE_VARIANT_ADD(fn, ioas_alloc_failure_leaves_no_object_and_uses_up_no_id) {
	.sc = { &sc_ioas_alloc },
};
FIXTURE_VARIANT_ADD(fn, ioas_allow_iovas_failure_keeps_the_old_ranges) {
	.sc = { &sc_allow },
};
FIXTURE_VARIANT_ADD(fn, ioas_copy_failure_maps_nothing_and_keeps_no_page_reference) {
	.sc = { &sc_copy },
};
FIXTURE_VARIANT_ADD(fn, ioas_copy_into_a_vtd_domain_failure_maps_nothing) {
	.sc = { &sc_copy_vtd },
};
FIXTURE_VARIANT_ADD(fn, ioas_iova_ranges_failure_changes_nothing) {
	.sc = { &sc_ranges },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_failure_pins_nothing_and_maps_nothing) {
	.sc = { &sc_map },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_auto_iova_failure_charges_no_vmlck_per_mm) {
	.sc = { &sc_map_auto_mm },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_into_a_vtd_domain_failure_pins_and_maps_nothing) {
	.sc = { &sc_map_vtd },
};
FIXTURE_VARIANT_ADD(fn, ioas_unmap_failure_keeps_the_mapping_or_completes_it) {
	.sc = { &sc_unmap },
};
FIXTURE_VARIANT_ADD(fn, option_set_failure_keeps_or_completes_the_setting) {
	.sc = { &sc_option_huge, &sc_option_rlimit },
};
FIXTURE_VARIANT_ADD(fn, hwpt_alloc_failure_leaves_no_hwpt_and_the_ioas_destroyable) {
	.sc = { &sc_hwpt },
};
FIXTURE_VARIANT_ADD(fn, get_hw_info_failure_changes_nothing) {
	.sc = { &sc_info },
};
FIXTURE_VARIANT_ADD(fn, hot_reset_info_failure_changes_nothing) {
	.sc = { &sc_hot_reset_info },
};
FIXTURE_VARIANT_ADD(fn, hot_reset_failure_leaves_the_device_attached_and_working) {
	.sc = { &sc_hot_reset },
};
FIXTURE_VARIANT_ADD(fn, vfio_bind_failure_leaves_the_device_unbound_and_its_group_free) {
	.sc = { &sc_bind },
};
FIXTURE_VARIANT_ADD(fn, vfio_attach_failure_leaves_the_device_detached_and_no_hwpt) {
	.sc = { &sc_attach },
};
FIXTURE_VARIANT_ADD(fn, vfio_attach_replace_failure_leaves_the_device_where_it_was) {
	.sc = { &sc_replace },
};
FIXTURE_VARIANT_ADD(fn, vfio_detach_failure_leaves_the_device_attached) {
	.sc = { &sc_detach },
};
FIXTURE_VARIANT_ADD(fn, fault_queue_alloc_failure_leaves_no_queue_and_no_fd) {
	.sc = { &sc_fault_alloc },
};
FIXTURE_VARIANT_ADD(fn, hwpt_alloc_with_a_fault_queue_failure_keeps_no_queue_reference) {
	.sc = { &sc_hwpt_fault },
};
FIXTURE_VARIANT_ADD(fn, nested_hwpt_alloc_failure_keeps_no_parent_reference) {
	.sc = { &sc_hwpt_nested },
};
FIXTURE_VARIANT_ADD(fn, nested_hwpt_alloc_with_a_fault_queue_failure_keeps_no_reference) {
	.sc = { &sc_hwpt_nested_fault },
};
FIXTURE_VARIANT_ADD(fn, dirty_tracking_hwpt_alloc_failure_leaves_nothing) {
	.sc = { &sc_hwpt_dirty },
};
FIXTURE_VARIANT_ADD(fn, set_dirty_tracking_failure_leaves_it_off) {
	.sc = { &sc_set_dirty },
};
FIXTURE_VARIANT_ADD(fn, get_dirty_bitmap_failure_writes_and_forgets_nothing) {
	.sc = { &sc_get_dirty },
};
FIXTURE_VARIANT_ADD(fn, kvm_set_failure_holds_no_vm_reference) {
	.sc = { &sc_kvm_set },
};
FIXTURE_VARIANT_ADD(fn, kvm_unset_failure_keeps_the_vm) {
	.sc = { &sc_kvm_unset },
};
FIXTURE_VARIANT_ADD(fn, hwpt_invalidate_failure_does_no_more_than_it_reports) {
	.sc = { &sc_hwpt_invalidate },
};
FIXTURE_VARIANT_ADD(fn, pasid_attach_to_an_ioas_failure_leaves_no_hwpt_and_no_reservation) {
	.sc = { &sc_pasid_attach_ioas },
};
FIXTURE_VARIANT_ADD(fn, pasid_attach_to_a_hwpt_failure_leaves_the_pasid_detached) {
	.sc = { &sc_pasid_attach_hwpt },
};
FIXTURE_VARIANT_ADD(fn, pasid_replace_failure_leaves_the_pasid_where_it_was) {
	.sc = { &sc_pasid_replace },
};
FIXTURE_VARIANT_ADD(fn, pasid_detach_failure_leaves_the_pasid_attached) {
	.sc = { &sc_pasid_detach },
};
FIXTURE_VARIANT_ADD(fn, mock_device_attach_to_a_nested_hwpt_failure_leaves_no_device) {
	.sc = { &sc_mock_attach_nested },
};
FIXTURE_VARIANT_ADD(fn, mock_device_replace_onto_a_nested_hwpt_failure_keeps_it_in_place) {
	.sc = { &sc_mock_replace_nested },
};
FIXTURE_VARIANT_ADD(fn, access_replace_ioas_failure_keeps_the_access_and_its_pins) {
	.sc = { &sc_access_replace },
};
FIXTURE_VARIANT_ADD(fn, vfio_ioas_get_failure_changes_nothing) {
	.sc = { &sc_vfio_ioas },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_get_info_failure_changes_nothing) {
	.sc = { &sc_vfio_info },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_map_dma_failure_pins_and_maps_nothing) {
	.sc = { &sc_vfio_map },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_unmap_dma_failure_keeps_the_mapping_or_completes_it) {
	.sc = { &sc_vfio_unmap },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_unmap_dma_type1_cut_failure_keeps_or_completes_it) {
	.sc = { &sc_vfio_cut },
};

/* Last: the summary of all sweeps before it. */
FIXTURE_VARIANT_ADD(fn, every_ioctl_reached_injection_points_without_leaks) {
	.sc = { NULL },
};

/* What a scenario needs before its sweep; false when skipped. */
static bool fn_setup_needs(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, enum fn_need need)
{
	switch (need) {
	case NEED_EDU:
		return fn_edu_setup(_metadata, self, EDU_STANDALONE, true);
	case NEED_EDU_UNBOUND:
		return fn_edu_setup(_metadata, self, EDU_STANDALONE, false);
	case NEED_EDU_BRIDGE:
		return fn_edu_setup(_metadata, self, EDU_BEHIND_BRIDGE, true);
	case NEED_MOCK:
		return fn_mock_setup(_metadata, self);
	case NEED_KVM:
		return fn_kvm_setup(_metadata, self);
	case NEED_NONE:
		break;
	}
	return true;
}

TEST_F_SKIPPABLE(fn, sweep, SWEEP_TIMEOUT)
{
	size_t i;

	if (!variant->sc[0]) {
		const struct scenario *all[MAX_SWEEPS];
		const struct __fixture_variant_metadata *v;
		size_t n = 0;

		for (v = _fn_fixture_object.variant; v; v = v->next) {
			const FIXTURE_VARIANT(fn) *fv = v->data;

			for (i = 0; i < ARRAY_SIZE(fv->sc) && fv->sc[i]; i++)
				if (n < MAX_SWEEPS)
					all[n++] = fv->sc[i];
		}
		fn_summary(_metadata, all, n);
		return;
	}
	if (!fn_setup_needs(_metadata, self, variant->sc[0]->needs))
		return;
	for (i = 0; i < ARRAY_SIZE(variant->sc) && variant->sc[i]; i++)
		sweep(_metadata, self, variant->sc[i]);
}

/* ==== main ============================================================== */

static void __attribute__((constructor)) __constructor_order_last(void)
{
	if (!__constructor_order)
		__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD;
}

int main(int argc, char **argv)
{
	const char *lane = getenv("IOASID_VM_LANE");
	bool debug_lane = lane && !strcmp(lane, "debug");
	const char *why = NULL;

	/*
	 * As Documentation/testing.rst asks of fail-nth programs: skipped
	 * unless on the debug lane with fail-nth. On the debug lane a missing
	 * fail-nth is a broken lane, not a reason to skip: the tests fail and
	 * say so.
	 */
	if (access(IOASID_DEV, F_OK))
		why = IOASID_DEV " is missing";
	else if (!debug_lane)
		why = "not the debug lane (IOASID_VM_LANE is not debug): fault injection runs under make check-debug";
	if (why) {
		printf("TAP version 13\n1..0 # SKIP %s\n", why);
		return KSFT_SKIP;
	}

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED) {
		perror("mmap");
		return KSFT_FAIL;
	}
	if (access(FAIL_NTH, F_OK))
		snprintf(sh->fi_why, sizeof(sh->fi_why),
			 "IOASID_VM_LANE=debug but there is no " FAIL_NTH);
	else
		fault_injection_setup();
	return test_harness_run(argc, argv);
}
