// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for IOASID_KVM_SET and _UNSET.
 * Included by failnth_test.c (one translation unit: see there).
 */

/* ---- IOASID_KVM_SET / IOASID_KVM_UNSET ---------------------------------- */

static int fn_kvm_query(int fd, struct ioasid_kvm_test_query *q)
{
	*q = (struct ioasid_kvm_test_query){ .size = sizeof(*q) };
	return raw_ioctl(fd, IOASID_KVM_TEST_QUERY, q);
}

/* The VM's users as the other context sees them. */
static uint32_t fn_vm_users(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_test_query q;

	ASSERT_OK(fn_kvm_query(self->fd2, &q))
		TH_LOG(WHERE_FMT "the other context lost its VM", WHERE(self));
	return q.out_vm_users;
}

/*
 * A VM handed to the other context: that loads the glue module (so the
 * calls under test never reach request_module()) and lets the VM's
 * reference count be read whatever the context under test holds.
 */
static bool fn_kvm_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = { .size = sizeof(set) };

	if (access("/dev/kvm", F_OK))
		SKIP(return false, "no /dev/kvm (no guest KVM)");
	self->vm_fd = kvm_vm_create();
	ASSERT_LE(0, self->vm_fd) TH_LOG("KVM_CREATE_VM: %s",
					 strerror(-self->vm_fd));
	set.kvm_fd = self->vm_fd;
	ASSERT_OK(raw_ioctl(self->fd2, IOASID_KVM_SET, &set));
	self->vm_users = fn_vm_users(_metadata, self);
	ASSERT_EQ(2, self->vm_users);
	return true;
}

/* Whether the context under test holds the VM, and the VM's users agree. */
static void fn_expect_vm(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, bool held)
{
	struct ioasid_kvm_test_query q;
	int rc = fn_kvm_query(self->fd, &q);
	uint32_t users = fn_vm_users(_metadata, self);

	if (held) {
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "the context holds no VM",
				     WHERE(self));
	} else {
		ASSERT_ERRNO(ENOENT, rc)
			TH_LOG(WHERE_FMT "the context holds a VM", WHERE(self));
	}
	ASSERT_EQ(self->vm_users + held, users)
		TH_LOG(WHERE_FMT "the VM has %u users, expected %u (a reference %s)",
		       WHERE(self), users, self->vm_users + held,
		       users > self->vm_users + held ? "leaked" : "dropped twice");
}

static void kvm_unset_ctx(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_unset unset = { .size = sizeof(unset) };

	/* Also fine when nothing is held. */
	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_UNSET, &unset));
}

static void kvm_teardown(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	kvm_unset_ctx(_metadata, self);
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.kvm_set = (struct ioasid_kvm_set){
		.size = sizeof(self->arg.kvm_set),
		.kvm_fd = self->vm_fd,
	};
}

static bool kvm_set_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
	return false;
}

static void kvm_set_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
}

/* Glue loaded by the other context's handoff: no request_module(). */
static const struct scenario sc_kvm_set = {
	.ioctl = "IOASID_KVM_SET", .what = "a KVM VM another context also holds",
	.min_own = 0, .needs = NEED_KVM,
	.build = kvm_set_build, .req = IOASID_KVM_SET, .prepare = kvm_set_prepare,
	.unchanged = kvm_set_unchanged, .succeeded = kvm_set_succeeded,
	.teardown = kvm_teardown,
};

static void kvm_unset_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = {
		.size = sizeof(set), .kvm_fd = self->vm_fd,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_SET, &set));
	fn_expect_vm(_metadata, self, true);
}

static void kvm_unset_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.kvm_unset = (struct ioasid_kvm_unset){
		.size = sizeof(self->arg.kvm_unset),
	};
}

static bool kvm_unset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
	return false;
}

static void kvm_unset_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static const struct scenario sc_kvm_unset = {
	.ioctl = "IOASID_KVM_UNSET", .what = "the VM the context holds",
	.min_own = 0, .needs = NEED_KVM,
	.build = kvm_unset_build,
	.req = IOASID_KVM_UNSET, .prepare = kvm_unset_prepare, .unchanged = kvm_unset_unchanged,
	.succeeded = kvm_unset_succeeded, .teardown = kvm_teardown,
};
