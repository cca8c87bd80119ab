// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test: every ioctl of /dev/ioasid (the VFIO type1 ones on the
 * context fd included), the VFIO cdev bind, attach, replace, detach and
 * hot reset, and on the mock IOMMU what no real 6.1 IOMMU does, under the
 * kernel's fault injection. One fixture variant per test
 * (fn.<name>.sweep) sweeps its scenarios; the last is the summary. The
 * engine and its rules are in failnth.h.
 */
#include "failnth.h"

/* One translation unit: kselftest_harness.h defines non-static symbols. */
#include "failnth_ioas.c"
#include "failnth_edu.c"
#include "failnth_mock.c"
#include "failnth_vfio.c"
#include "failnth_kvm.c"

FIXTURE_VARIANT(fn) {
	const struct scenario *sc[2];
};

#define SWEEP(name, ...) \
	FIXTURE_VARIANT_ADD(fn, name) { .sc = { __VA_ARGS__ } }

SWEEP(destroy_failure_keeps_the_ioas_and_its_pinned_pages, &sc_destroy);
SWEEP(ioas_alloc_failure_leaves_no_object_and_uses_up_no_id, &sc_ioas_alloc);
SWEEP(ioas_allow_iovas_failure_keeps_the_old_ranges, &sc_allow);
SWEEP(ioas_copy_failure_maps_nothing_and_keeps_no_page_reference, &sc_copy);
SWEEP(ioas_copy_into_a_vtd_domain_failure_maps_nothing, &sc_copy_vtd);
SWEEP(ioas_iova_ranges_failure_changes_nothing, &sc_ranges);
SWEEP(ioas_map_failure_pins_nothing_and_maps_nothing, &sc_map);
SWEEP(ioas_map_auto_iova_failure_charges_no_vmlck_per_mm, &sc_map_auto_mm);
SWEEP(ioas_map_into_a_vtd_domain_failure_pins_and_maps_nothing, &sc_map_vtd);
SWEEP(ioas_unmap_failure_keeps_the_mapping_or_completes_it, &sc_unmap);
SWEEP(option_set_failure_keeps_or_completes_the_setting, &sc_option_huge,
      &sc_option_rlimit);
SWEEP(hwpt_alloc_failure_leaves_no_hwpt_and_the_ioas_destroyable, &sc_hwpt);
SWEEP(get_hw_info_failure_changes_nothing, &sc_info);
SWEEP(hot_reset_info_failure_changes_nothing, &sc_hot_reset_info);
SWEEP(hot_reset_failure_leaves_the_device_attached_and_working, &sc_hot_reset);
SWEEP(vfio_bind_failure_leaves_the_device_unbound_and_its_group_free, &sc_bind);
SWEEP(vfio_attach_failure_leaves_the_device_detached_and_no_hwpt, &sc_attach);
SWEEP(vfio_attach_replace_failure_leaves_the_device_where_it_was, &sc_replace);
SWEEP(vfio_detach_failure_leaves_the_device_attached, &sc_detach);
SWEEP(fault_queue_alloc_failure_leaves_no_queue_and_no_fd, &sc_fault_alloc);
SWEEP(hwpt_alloc_with_a_fault_queue_failure_keeps_no_queue_reference,
      &sc_hwpt_fault);
SWEEP(nested_hwpt_alloc_failure_keeps_no_parent_reference, &sc_hwpt_nested);
SWEEP(nested_hwpt_alloc_with_a_fault_queue_failure_keeps_no_reference,
      &sc_hwpt_nested_fault);
SWEEP(dirty_tracking_hwpt_alloc_failure_leaves_nothing, &sc_hwpt_dirty);
SWEEP(set_dirty_tracking_failure_leaves_it_off, &sc_set_dirty);
SWEEP(get_dirty_bitmap_failure_writes_and_forgets_nothing, &sc_get_dirty);
SWEEP(kvm_set_failure_holds_no_vm_reference, &sc_kvm_set);
SWEEP(kvm_unset_failure_keeps_the_vm, &sc_kvm_unset);
SWEEP(hwpt_invalidate_failure_does_no_more_than_it_reports,
      &sc_hwpt_invalidate);
SWEEP(pasid_attach_to_an_ioas_failure_leaves_no_hwpt_and_no_reservation,
      &sc_pasid_attach_ioas);
SWEEP(pasid_attach_to_a_hwpt_failure_leaves_the_pasid_detached,
      &sc_pasid_attach_hwpt);
SWEEP(pasid_replace_failure_leaves_the_pasid_where_it_was, &sc_pasid_replace);
SWEEP(pasid_detach_failure_leaves_the_pasid_attached, &sc_pasid_detach);
SWEEP(mock_device_attach_to_a_nested_hwpt_failure_leaves_no_device,
      &sc_mock_attach_nested);
SWEEP(mock_device_replace_onto_a_nested_hwpt_failure_keeps_it_in_place,
      &sc_mock_replace_nested);
SWEEP(access_replace_ioas_failure_keeps_the_access_and_its_pins,
      &sc_access_replace);
SWEEP(vfio_ioas_get_failure_changes_nothing, &sc_vfio_ioas);
SWEEP(vfio_iommu_get_info_failure_changes_nothing, &sc_vfio_info);
SWEEP(vfio_iommu_map_dma_failure_pins_and_maps_nothing, &sc_vfio_map);
SWEEP(vfio_iommu_unmap_dma_failure_keeps_the_mapping_or_completes_it,
      &sc_vfio_unmap);
SWEEP(vfio_iommu_unmap_dma_type1_cut_failure_keeps_or_completes_it,
      &sc_vfio_cut);
/* Last: the summary of all sweeps before it. */
SWEEP(every_ioctl_reached_injection_points_without_leaks, NULL);

TEST_F_SKIPPABLE(fn, sweep, SWEEP_TIMEOUT)
{
	const struct scenario *all[MAX_SWEEPS];
	const struct __fixture_variant_metadata *v;
	size_t i, n = 0;
	bool ready = true;

	if (!variant->sc[0]) {
		for (v = _fn_fixture_object.variant; v; v = v->next) {
			const FIXTURE_VARIANT(fn) *fv = v->data;

			for (i = 0; i < 2 && fv->sc[i] && n < MAX_SWEEPS; i++)
				all[n++] = fv->sc[i];
		}
		fn_summary(_metadata, all, n);
		return;
	}
	switch (variant->sc[0]->needs) {
	case NEED_EDU:
	case NEED_EDU_UNBOUND:
		ready = fn_edu_setup(_metadata, self, EDU_STANDALONE,
				     variant->sc[0]->needs == NEED_EDU);
		break;
	case NEED_EDU_BRIDGE:
		ready = fn_edu_setup(_metadata, self, EDU_BEHIND_BRIDGE, true);
		break;
	case NEED_MOCK:
		ready = t_need_mock(self->fd);
		break;
	case NEED_KVM:
		ready = fn_kvm_setup(_metadata, self);
		break;
	case NEED_NONE:
		break;
	}
	for (i = 0; ready && i < 2 && variant->sc[i]; i++)
		sweep(_metadata, self, variant->sc[i]);
}

static void __attribute__((constructor)) __constructor_order_last(void)
{
	if (!__constructor_order)
		__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD;
}

/*
 * Skipped unless on the debug lane (Documentation/testing.rst); there a
 * missing fail-nth is a broken lane, not a reason to skip.
 */
int main(int argc, char **argv)
{
	const char *lane = getenv("IOASID_VM_LANE");
	const char *why = NULL;
	char missing[128];

	if (access(IOASID_DEV, F_OK)) {
		snprintf(missing, sizeof(missing), "%s is missing", IOASID_DEV);
		why = missing;
	} else if (!lane || strcmp(lane, "debug"))
		why = "not the debug lane: fault injection runs under make check-debug";
	if (why) {
		printf("TAP version 13\n1..0 # SKIP %s\n", why);
		return KSFT_SKIP;
	}
	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED)
		return KSFT_FAIL;
	if (access(FAIL_NTH, F_OK))
		snprintf(sh->fi_why, sizeof(sh->fi_why), "no " FAIL_NTH);
	else
		fault_injection_setup();
	return test_harness_run(argc, argv);
}
