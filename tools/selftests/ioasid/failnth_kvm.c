// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for IOASID_KVM_SET and _UNSET: a VM that the
 * other context (fd2) also holds, which loaded the glue module (so the
 * calls never reach request_module()) and lets the VM's users be counted
 * whatever the context under test holds. Included by failnth_test.c.
 */

static bool fn_kvm_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = { .size = sizeof(set) };

	if (access("/dev/kvm", F_OK))
		SKIP(return false, "no /dev/kvm (no guest KVM)");
	self->vm_fd = kvm_vm_create();
	ASSERT_LE(0, self->vm_fd);
	set.kvm_fd = self->vm_fd;
	ASSERT_OK(raw_ioctl(self->fd2, IOASID_KVM_SET, &set));
	return true;
}

/* Whether the context holds the VM, and the VM's users agree. */
static void fn_expect_vm(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, bool held)
{
	struct ioasid_kvm_test_query q = { .size = sizeof(q) };
	int rc = raw_ioctl(self->fd, IOASID_KVM_TEST_QUERY, &q);

	ASSERT_EQ(held ? 0 : -ENOENT, rc);
	q.size = sizeof(q);
	ASSERT_OK(raw_ioctl(self->fd2, IOASID_KVM_TEST_QUERY, &q));
	ASSERT_EQ(2 + held, q.out_vm_users)
		TH_LOG(WHERE_FMT "a VM reference leaked or was dropped twice",
		       WHERE(self));
}

static void kvm_held(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
}

static void kvm_free(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static bool kvm_held_kept(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	kvm_held(_metadata, self);
	return false;
}

static bool kvm_free_kept(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	kvm_free(_metadata, self);
	return false;
}

static void kvm_set(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = { .size = sizeof(set), .kvm_fd = self->vm_fd };

	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_SET, &set));
}

/* Unset (also fine when nothing is held): the VM is back to two users. */
static void kvm_teardown(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_unset unset = { .size = sizeof(unset) };

	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_UNSET, &unset));
	kvm_free(_metadata, self);
}

static const struct scenario sc_kvm_set = {
	"IOASID_KVM_SET", "a KVM VM another context also holds",
	.needs = NEED_KVM, .build = kvm_free, .req = IOASID_KVM_SET,
	ARG(kvm_set), .set = { SET(kvm_set.kvm_fd, vm_fd) },
	.unchanged = kvm_free_kept, .succeeded = kvm_held,
	.teardown = kvm_teardown,
};

static const struct scenario sc_kvm_unset = {
	"IOASID_KVM_UNSET", "the VM the context holds", .needs = NEED_KVM,
	.build = kvm_set, .req = IOASID_KVM_UNSET, ARG(kvm_unset),
	.unchanged = kvm_held_kept, .succeeded = kvm_free,
	.teardown = kvm_teardown,
};
