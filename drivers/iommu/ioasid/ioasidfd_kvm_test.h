/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * ioasidfd test ABI of the KVM handoff: IOASID_KVM_TEST_QUERY.
 *
 * Answered only by a test build of the module (IOASIDFD_TEST=y, what the
 * test VM runs; the default build, which "make install-modules" installs,
 * answers ENOTTY). Shared by the kernel (kvm_handoff.c) and the
 * test programs (tools/selftests/ioasid, built with -I drivers/iommu/ioasid).
 */
#ifndef _IOASIDFD_KVM_TEST_H
#define _IOASIDFD_KVM_TEST_H

#ifdef __KERNEL__
#include <uapi/linux/ioasid.h>
#else
#include <linux/ioasid.h>
#endif
#include <linux/types.h>

/*
 * Test commands take extension numbers from the top down; 0xff itself stays
 * unused (ioas_test checks that an unknown number there gives ENOTTY).
 */
#define IOASID_CMD_KVM_TEST_QUERY	0xfe

/**
 * struct ioasid_kvm_test_query - ioctl(IOASID_KVM_TEST_QUERY)
 * @size: sizeof(struct ioasid_kvm_test_query), at least 24 bytes
 * @flags: must be 0
 * @out_vm_noncoherent: the held VM's non-coherent DMA count as KVM keeps it
 *                      (kvm->arch.noncoherent_dma_count on x86), all
 *                      registrants together
 * @out_vm_users: the held VM's reference count (kvm->users_count)
 * @out_ctx_noncoherent: the context's IOMMU groups attached to a domain that
 *                       does not enforce cache coherency
 * @out_ctx_holds: 1 if the context holds a count in the VM's non-coherent
 *                 DMA counter, else 0
 *
 * Errors: ENOENT if the context holds no VM; the usual size, flag and tail
 * errors.
 */
struct ioasid_kvm_test_query {
	__u32 size;
	__u32 flags;
	__u32 out_vm_noncoherent;
	__u32 out_vm_users;
	__u32 out_ctx_noncoherent;
	__u32 out_ctx_holds;
};
#define IOASID_KVM_TEST_QUERY _IO(IOMMUFD_TYPE, IOASID_CMD_KVM_TEST_QUERY)

#endif /* _IOASIDFD_KVM_TEST_H */
