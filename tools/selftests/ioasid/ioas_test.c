// SPDX-License-Identifier: GPL-2.0
/*
 * ioas_test: the /dev/ioasid ioctls on their own, no device needed.
 *
 * The extensible-struct size rules of all ten /dev/ioasid commands (the
 * HWPT_ALLOC and GET_HW_INFO variants bind an edu device and skip without
 * one), and upstream's length table for every command; then IOMMU_DESTROY, IOMMU_IOAS_ALLOC, IOMMU_IOAS_MAP,
 * IOMMU_IOAS_UNMAP and IOMMU_IOAS_IOVA_RANGES: flags and reserved fields,
 * IDs, alignment, overlapping and wrapping ranges, and the unmap rules, each
 * checked against include/uapi/linux/ioasid.h.
 */
#include "fixture.h"

#define NPAGES		16
#define BASE_IOVA	0x100000ull	/* 1 MiB */
#define COPY_IOVA	0x400000ull	/* 4 MiB */
#define ALLOW_START	0x1000000ull	/* 16 MiB */
#define ALLOW_PAGES	2		/* the allowed range's length */
#define CMD_BUF_PAGES	(ALLOW_PAGES + 1)

FIXTURE(ioas) {
	T_IOAS(io);		/* buf: NPAGES pages */
};

FIXTURE_SETUP(ioas)
{
	t_ioas_setup(&self->io, NPAGES);
}

FIXTURE_TEARDOWN(ioas)
{
	t_ioas_teardown(&self->io);
}

/* ---- the extensible-struct size rules, for every command ------------ */

FIXTURE(cmd_size) {
	T_IOAS(io);		/* buf: CMD_BUF_PAGES pages */
	uint32_t scratch;	/* a second IOAS, made by some prep()s */
	struct iommu_iova_range ranges[4];
	T_EDU(edu);		/* bound, for needs_device variants */
	uint8_t info[64];	/* GET_HW_INFO data buffer */
};

FIXTURE_VARIANT(cmd_size) {
	unsigned long cmd;
	uint32_t min_size;	/* as documented in the uAPI header */
	size_t len;		/* the struct as this header knows it */
	bool needs_device;	/* bind an edu in setup (skip without one) */
	/* Fill @arg with a command that succeeds. */
	void (*prep)(struct __test_metadata *_metadata,
		     FIXTURE_DATA(cmd_size) *self, void *arg);
	/* After success: check that it took effect, and undo it. */
	void (*done)(struct __test_metadata *_metadata,
		     FIXTURE_DATA(cmd_size) *self, void *arg);
	/* After a rejected call: check that nothing happened (optional). */
	void (*not_done)(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg);
};

FIXTURE_SETUP(cmd_size)
{
	if (variant->needs_device && !t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup(&self->io, CMD_BUF_PAGES);
	if (variant->needs_device)
		t_edu_bind(&self->edu, self->fd, 0);
}

FIXTURE_TEARDOWN(cmd_size)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define CMD_SIZE_TEST(name) TEST_F_SKIPPABLE(cmd_size, name, 60)

static void destroy_prep(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_destroy *cmd = arg;

	test_ioas_alloc(self->fd, &cmd->id);
}

static void destroy_done(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_destroy *cmd = arg;

	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, cmd->id));
}

static void destroy_not_done(struct __test_metadata *_metadata,
			     FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_destroy *cmd = arg;

	ASSERT_OK(ioasid_destroy(self->fd, cmd->id));
}

static void alloc_prep(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)_metadata;
	(void)self;
	(void)arg;
}

static void alloc_done(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_alloc *cmd = arg;

	ASSERT_NE(0U, cmd->out_ioas_id);
	ASSERT_NE(self->ioas, cmd->out_ioas_id);
	ASSERT_OK(ioasid_destroy(self->fd, cmd->out_ioas_id));
}

static void ranges_prep(struct __test_metadata *_metadata,
			FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_iova_ranges *cmd = arg;

	(void)_metadata;
	cmd->ioas_id = self->ioas;
	cmd->num_iovas = ARRAY_SIZE(self->ranges);
	cmd->allowed_iovas = (uintptr_t)self->ranges;
}

static void ranges_done(struct __test_metadata *_metadata,
			FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_iova_ranges *cmd = arg;

	(void)self;
	ASSERT_EQ(1U, cmd->num_iovas);
	ASSERT_NE(0U, cmd->out_iova_alignment);
}

static void map_prep(struct __test_metadata *_metadata,
		     FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_map *cmd = arg;

	(void)_metadata;
	cmd->flags = MAP_FIXED_RW;
	cmd->ioas_id = self->ioas;
	cmd->user_va = (uintptr_t)self->buf;
	cmd->length = self->page;
	cmd->iova = BASE_IOVA;
}

static void map_done(struct __test_metadata *_metadata,
		     FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_map *cmd = arg;

	ASSERT_EQ(BASE_IOVA, cmd->iova);
	test_unmap(self->fd, self->ioas, BASE_IOVA, self->page);
}

static void map_not_done(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)arg;
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA, self->page);
}

static void unmap_prep(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_unmap *cmd = arg;

	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       BASE_IOVA);
	cmd->ioas_id = self->ioas;
	cmd->iova = BASE_IOVA;
	cmd->length = self->page;
}

static void unmap_done(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_unmap *cmd = arg;

	ASSERT_EQ(self->page, cmd->length);
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA, self->page);
}

static void unmap_not_done(struct __test_metadata *_metadata,
			   FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)arg;
	test_unmap(self->fd, self->ioas, BASE_IOVA, self->page);
}

static void allow_prep(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_allow_iovas *cmd = arg;

	(void)_metadata;
	self->ranges[0].start = ALLOW_START;
	self->ranges[0].last = ALLOW_START + ALLOW_PAGES * self->page - 1;
	cmd->ioas_id = self->ioas;
	cmd->num_iovas = 1;
	cmd->allowed_iovas = (uintptr_t)self->ranges;
}

/* Automatic IOVAs go to the allowed range, and only there. */
static void allow_done(struct __test_metadata *_metadata,
		       FIXTURE_DATA(cmd_size) *self, void *arg)
{
	const struct iommu_iova_range want = {
		ALLOW_START, ALLOW_START + ALLOW_PAGES * self->page - 1,
	};

	(void)arg;
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &want, 1);
	test_allow_iovas(self->fd, self->ioas, NULL, 0);
	ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf,
			       CMD_BUF_PAGES));
}

/* No restriction: a mapping larger than the range prep() asked for fits. */
static void allow_not_done(struct __test_metadata *_metadata,
			   FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)arg;
	ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf,
			       CMD_BUF_PAGES));
}

static void copy_prep(struct __test_metadata *_metadata,
		      FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_copy *cmd = arg;

	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       BASE_IOVA);
	test_ioas_alloc(self->fd, &self->scratch);
	cmd->flags = MAP_FIXED_RW;
	cmd->dst_ioas_id = self->scratch;
	cmd->src_ioas_id = self->ioas;
	cmd->length = self->page;
	cmd->dst_iova = COPY_IOVA;
	cmd->src_iova = BASE_IOVA;
}

static void copy_done(struct __test_metadata *_metadata,
		      FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_ioas_copy *cmd = arg;

	ASSERT_EQ(COPY_IOVA, cmd->dst_iova);
	test_unmap(self->fd, self->scratch, COPY_IOVA, self->page);
}

static void copy_not_done(struct __test_metadata *_metadata,
			  FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)arg;
	test_err_unmap(ENOENT, self->fd, self->scratch, 0, UINT64_MAX - 1);
}

/* SET HUGE_PAGES to 0 on the IOAS: a visible, reversible change. */
static void option_prep(struct __test_metadata *_metadata,
			FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_option *cmd = arg;

	(void)_metadata;
	cmd->option_id = IOMMU_OPTION_HUGE_PAGES;
	cmd->op = IOMMU_OPTION_OP_SET;
	cmd->object_id = self->ioas;
	cmd->val64 = 0;
}

static void option_done(struct __test_metadata *_metadata,
			FIXTURE_DATA(cmd_size) *self, void *arg)
{
	uint64_t val = 7;

	(void)arg;
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(0U, val);
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 1));
}

static void option_not_done(struct __test_metadata *_metadata,
			    FIXTURE_DATA(cmd_size) *self, void *arg)
{
	uint64_t val = 7;

	(void)arg;
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

/* A paging HWPT on a scratch IOAS, for the bound edu. */
static void hwpt_prep(struct __test_metadata *_metadata,
		      FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_hwpt_alloc *cmd = arg;

	test_ioas_alloc(self->fd, &self->scratch);
	cmd->dev_id = self->devid;
	cmd->pt_id = self->scratch;
}

static void hwpt_done(struct __test_metadata *_metadata,
		      FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_hwpt_alloc *cmd = arg;

	ASSERT_NE(0U, cmd->out_hwpt_id);
	ASSERT_NE(self->scratch, cmd->out_hwpt_id);
	ASSERT_NE(self->devid, cmd->out_hwpt_id);
	/* It holds its IOAS until destroyed. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->scratch));
	test_destroy(self->fd, cmd->out_hwpt_id);
	test_destroy(self->fd, self->scratch);
}

static void hwpt_not_done(struct __test_metadata *_metadata,
			  FIXTURE_DATA(cmd_size) *self, void *arg)
{
	(void)arg;
	/* No HWPT holds the IOAS. */
	test_destroy(self->fd, self->scratch);
}

static void hw_info_prep(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_hw_info *cmd = arg;

	(void)_metadata;
	memset(self->info, 0xa5, sizeof(self->info));
	cmd->dev_id = self->devid;
	cmd->data_len = sizeof(self->info);
	cmd->data_uptr = (uintptr_t)self->info;
}

static void hw_info_done(struct __test_metadata *_metadata,
			 FIXTURE_DATA(cmd_size) *self, void *arg)
{
	struct iommu_hw_info *cmd = arg;

	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, cmd->out_data_type);
	ASSERT_EQ(VTD_HW_INFO_LEN, cmd->data_len);
	assert_vtd_hw_info(self->dev.bdf, self->info, sizeof(self->info));
}

static void hw_info_not_done(struct __test_metadata *_metadata,
			     FIXTURE_DATA(cmd_size) *self, void *arg)
{
	unsigned int i;

	(void)arg;
	for (i = 0; i < sizeof(self->info); i++)
		ASSERT_EQ(0xa5, self->info[i]) TH_LOG("data byte %u", i);
}

FIXTURE_VARIANT_ADD(cmd_size, destroy) {
	.cmd = IOMMU_DESTROY, .min_size = 8,
	.len = sizeof(struct iommu_destroy),
	.prep = destroy_prep, .done = destroy_done,
	.not_done = destroy_not_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_alloc) {
	.cmd = IOMMU_IOAS_ALLOC, .min_size = 12,
	.len = sizeof(struct iommu_ioas_alloc),
	.prep = alloc_prep, .done = alloc_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_iova_ranges) {
	.cmd = IOMMU_IOAS_IOVA_RANGES, .min_size = 32,
	.len = sizeof(struct iommu_ioas_iova_ranges),
	.prep = ranges_prep, .done = ranges_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_map) {
	.cmd = IOMMU_IOAS_MAP, .min_size = 40,
	.len = sizeof(struct iommu_ioas_map),
	.prep = map_prep, .done = map_done, .not_done = map_not_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_unmap) {
	.cmd = IOMMU_IOAS_UNMAP, .min_size = 24,
	.len = sizeof(struct iommu_ioas_unmap),
	.prep = unmap_prep, .done = unmap_done,
	.not_done = unmap_not_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_allow_iovas) {
	.cmd = IOMMU_IOAS_ALLOW_IOVAS, .min_size = 24,
	.len = sizeof(struct iommu_ioas_allow_iovas),
	.prep = allow_prep, .done = allow_done, .not_done = allow_not_done,
};

FIXTURE_VARIANT_ADD(cmd_size, ioas_copy) {
	.cmd = IOMMU_IOAS_COPY, .min_size = 40,
	.len = sizeof(struct iommu_ioas_copy),
	.prep = copy_prep, .done = copy_done, .not_done = copy_not_done,
};

FIXTURE_VARIANT_ADD(cmd_size, option) {
	.cmd = IOMMU_OPTION, .min_size = 24,
	.len = sizeof(struct iommu_option),
	.prep = option_prep, .done = option_done,
	.not_done = option_not_done,
};

/* Grown since its first version: 24 bytes is a paging HWPT, no data. */
FIXTURE_VARIANT_ADD(cmd_size, hwpt_alloc) {
	.cmd = IOMMU_HWPT_ALLOC, .min_size = 24,
	.len = sizeof(struct iommu_hwpt_alloc), .needs_device = true,
	.prep = hwpt_prep, .done = hwpt_done, .not_done = hwpt_not_done,
};

/* Grown since its first version: out_capabilities is past the minimum. */
FIXTURE_VARIANT_ADD(cmd_size, get_hw_info) {
	.cmd = IOMMU_GET_HW_INFO, .min_size = 32,
	.len = sizeof(struct iommu_hw_info), .needs_device = true,
	.prep = hw_info_prep, .done = hw_info_done,
	.not_done = hw_info_not_done,
};

/* Run the command with @size and an optionally dirty tail. */
static int run_sized(struct __test_metadata *_metadata,
		     FIXTURE_DATA(cmd_size) *self,
		     const FIXTURE_VARIANT(cmd_size) *variant,
		     uint8_t *arg, uint32_t size, bool dirty)
{
	memset(arg, 0, variant->len);
	variant->prep(_metadata, self, arg);
	return raw_ioctl_sized(self->fd, variant->cmd, arg, variant->len,
			       size, dirty);
}

CMD_SIZE_TEST(header_struct_is_at_least_the_documented_minimum)
{
	/*
	 * First-version structs: the header's min_size is their sizeof.
	 * HWPT_ALLOC and GET_HW_INFO have grown fields since.
	 */
	if (variant->cmd == IOMMU_HWPT_ALLOC) {
		ASSERT_EQ(48U, variant->len);
	} else if (variant->cmd == IOMMU_GET_HW_INFO) {
		ASSERT_EQ(40U, variant->len);
	} else {
		ASSERT_EQ(variant->min_size, variant->len);
	}
}

CMD_SIZE_TEST(exact_size_works)
{
	uint64_t arg[64];

	ASSERT_OK(run_sized(_metadata, self, variant, (uint8_t *)arg,
			    variant->len, false));
	variant->done(_metadata, self, arg);
}

CMD_SIZE_TEST(minimum_size_works)
{
	uint64_t arg[64];

	ASSERT_OK(run_sized(_metadata, self, variant, (uint8_t *)arg,
			    variant->min_size, false));
	variant->done(_metadata, self, arg);
}

CMD_SIZE_TEST(size_below_minimum_is_einval)
{
	uint64_t arg[64];

	ASSERT_ERRNO(EINVAL, run_sized(_metadata, self, variant,
				       (uint8_t *)arg, variant->min_size - 1,
				       false));
	if (variant->not_done)
		variant->not_done(_metadata, self, arg);
}

CMD_SIZE_TEST(size_zero_is_einval)
{
	uint64_t arg[64];

	ASSERT_ERRNO(EINVAL, run_sized(_metadata, self, variant,
				       (uint8_t *)arg, 0, false));
	if (variant->not_done)
		variant->not_done(_metadata, self, arg);
}

CMD_SIZE_TEST(larger_size_with_zero_tail_works)
{
	uint64_t arg[64];

	ASSERT_OK(run_sized(_metadata, self, variant, (uint8_t *)arg,
			    variant->len + 16, false));
	variant->done(_metadata, self, arg);
}

CMD_SIZE_TEST(much_larger_size_with_zero_tail_works)
{
	uint64_t arg[64];

	ASSERT_OK(run_sized(_metadata, self, variant, (uint8_t *)arg,
			    sizeof(arg), false));
	variant->done(_metadata, self, arg);
}

CMD_SIZE_TEST(larger_size_with_nonzero_tail_is_e2big)
{
	uint64_t arg[64];

	ASSERT_ERRNO(E2BIG, run_sized(_metadata, self, variant,
				      (uint8_t *)arg, variant->len + 16,
				      true));
	if (variant->not_done)
		variant->not_done(_metadata, self, arg);
}

CMD_SIZE_TEST(nonzero_byte_right_after_struct_is_e2big)
{
	uint64_t arg[64];

	/* The first byte past the known struct is dirty. */
	ASSERT_ERRNO(E2BIG, run_sized(_metadata, self, variant,
				      (uint8_t *)arg, variant->len + 1,
				      true));
	if (variant->not_done)
		variant->not_done(_metadata, self, arg);
}

/*
 * Upstream's iommufd.cmd_length and cmd_ex_fail, for every command of the
 * context (the VFIO compatibility and dirty-tracking ones are not here):
 * one byte short of the minimum is EINVAL; one byte past the struct, set,
 * is E2BIG; and an all-zero command answers the same with its exact size
 * as with a zero byte more, whatever that answer is.
 */
struct cmd_len {
	const char *name;
	unsigned long cmd;
	uint32_t len;		/* sizeof the struct */
	uint32_t min_size;	/* offsetofend of its first version */
};

#define CMD_LEN(_cmd, _struct, _last)					\
	{ #_cmd, _cmd, sizeof(struct _struct),				\
	  offsetof(struct _struct, _last) +				\
		  sizeof(((struct _struct *)0)->_last) }

static const struct cmd_len cmd_lens[] = {
	CMD_LEN(IOMMU_DESTROY, iommu_destroy, id),
	CMD_LEN(IOMMU_GET_HW_INFO, iommu_hw_info, __reserved),
	CMD_LEN(IOMMU_HWPT_ALLOC, iommu_hwpt_alloc, __reserved),
	CMD_LEN(IOMMU_HWPT_INVALIDATE, iommu_hwpt_invalidate, __reserved),
	CMD_LEN(IOMMU_IOAS_ALLOC, iommu_ioas_alloc, out_ioas_id),
	CMD_LEN(IOMMU_IOAS_IOVA_RANGES, iommu_ioas_iova_ranges,
		out_iova_alignment),
	CMD_LEN(IOMMU_IOAS_ALLOW_IOVAS, iommu_ioas_allow_iovas,
		allowed_iovas),
	CMD_LEN(IOMMU_IOAS_MAP, iommu_ioas_map, iova),
	CMD_LEN(IOMMU_IOAS_COPY, iommu_ioas_copy, src_iova),
	CMD_LEN(IOMMU_IOAS_UNMAP, iommu_ioas_unmap, length),
	CMD_LEN(IOMMU_OPTION, iommu_option, val64),
	CMD_LEN(IOMMU_FAULT_QUEUE_ALLOC, iommu_fault_alloc, out_fault_fd),
};

/* @c with size @size, all zero but the byte at @len, set to @extra. */
static int cmd_len_call(int fd, const struct cmd_len *c, uint32_t size,
			uint8_t extra)
{
	union {
		uint64_t align;
		uint8_t bytes[128];
	} buf;

	memset(&buf, 0, sizeof(buf));
	memcpy(buf.bytes, &size, sizeof(size));
	buf.bytes[c->len] = extra;
	return raw_ioctl(fd, c->cmd, buf.bytes);
}

TEST_F(ioas, every_command_follows_upstreams_length_rules)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cmd_lens); i++) {
		const struct cmd_len *c = &cmd_lens[i];
		int rc;

		ASSERT_LT(c->len, 128U);
		EXPECT_ERRNO(EINVAL, cmd_len_call(self->fd, c,
						  c->min_size - 1, 0xff))
			TH_LOG("%s one byte short", c->name);
		EXPECT_ERRNO(E2BIG, cmd_len_call(self->fd, c, c->len + 1,
						 0xff))
			TH_LOG("%s with a set byte past it", c->name);
		rc = cmd_len_call(self->fd, c, c->len, 0);
		EXPECT_EQ(rc, cmd_len_call(self->fd, c, c->len + 1, 0))
			TH_LOG("%s: %d at its size", c->name, rc);
	}
}

TEST_F(ioas, a_longer_command_is_checked_before_and_after_its_tail)
{
	struct {
		struct iommu_destroy cmd;
		uint64_t future;
	} cmd = { .cmd = { .size = sizeof(cmd), .id = 0 } };

	/* A zero tail: the command itself answers (no ID 0). */
	ASSERT_ERRNO(ENOENT, raw_ioctl(self->fd, IOMMU_DESTROY, &cmd));
	cmd.future = 1;
	ASSERT_ERRNO(E2BIG, raw_ioctl(self->fd, IOMMU_DESTROY, &cmd));
	cmd.cmd.size = sizeof(cmd.cmd);
	ASSERT_ERRNO(ENOENT, raw_ioctl(self->fd, IOMMU_DESTROY, &cmd));
	cmd.cmd.size = sizeof(cmd.cmd) - 1;
	ASSERT_ERRNO(EINVAL, raw_ioctl(self->fd, IOMMU_DESTROY, &cmd));
}

/* ---- unknown ioctls, IDs and contexts ------------------------------- */

TEST_F(ioas, unknown_ioctl_number_is_enotty)
{
	struct iommu_destroy cmd = { .size = sizeof(cmd) };

	/* Below the command base, and an unused one above the extensions. */
	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, _IO(IOMMUFD_TYPE, 0x7f),
				       &cmd));
	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, _IO(IOMMUFD_TYPE, 0xff),
				       &cmd));
	/* Right number, wrong ioctl type. */
	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, _IO('x', 0x80), &cmd));
	/* A hole in the command table: unknown, once its size is read... */
	ASSERT_ERRNO(ENOTTY, raw_ioctl(self->fd, _IO(IOMMUFD_TYPE, 0x9f),
				       &cmd));
	/* ...so a bad pointer is EFAULT first, as upstream. */
	ASSERT_ERRNO(EFAULT, raw_ioctl(self->fd, _IO(IOMMUFD_TYPE, 0x9f),
				       NULL));
}

TEST_F(ioas, ioas_ids_are_nonzero_and_distinct)
{
	uint32_t ids[8];
	int i, j;

	ASSERT_NE(0U, self->ioas);
	for (i = 0; i < 8; i++) {
		test_ioas_alloc(self->fd, &ids[i]);
		ASSERT_NE(0U, ids[i]);
		ASSERT_NE(self->ioas, ids[i]);
		for (j = 0; j < i; j++)
			ASSERT_NE(ids[j], ids[i]);
	}
	for (i = 0; i < 8; i++)
		test_destroy(self->fd, ids[i]);
}

TEST_F(ioas, ioas_alloc_unknown_flags_is_eopnotsupp)
{
	static const uint32_t bad[] = { 1u << 0, 1u << 1, 1u << 31 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		struct iommu_ioas_alloc cmd = {
			.size = sizeof(cmd),
			.flags = bad[i],
		};

		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_ioctl(self->fd, IOMMU_IOAS_ALLOC, &cmd));
	}
}

TEST_F(ioas, destroy_unknown_id_is_enoent)
{
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, 0));
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, self->ioas + 1000));
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, UINT32_MAX));
}

TEST_F(ioas, destroy_twice_is_enoent)
{
	uint32_t id;

	test_ioas_alloc(self->fd, &id);
	test_destroy(self->fd, id);
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, id));
}

TEST_F(ioas, destroyed_ioas_id_is_unknown_to_every_command)
{
	struct iommu_iova_range r[2];
	uint32_t id, n = 2;
	uint64_t iova = BASE_IOVA;

	test_ioas_alloc(self->fd, &id);
	test_destroy(self->fd, id);
	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, id, self->buf, self->page,
					  &iova, MAP_FIXED_RW));
	ASSERT_ERRNO(ENOENT, raw_ioas_unmap(self->fd, id, 0, UINT64_MAX,
					    NULL));
	ASSERT_ERRNO(ENOENT, raw_iova_ranges(self->fd, id, r, &n, NULL));
}

TEST_F(ioas, destroy_ioas_with_mappings_works)
{
	uint32_t id;

	test_ioas_alloc(self->fd, &id);
	test_map_fixed(self->fd, id, self->buf, 4 * self->page, BASE_IOVA);
	test_destroy(self->fd, id);
	/* The pages are free to be mapped again elsewhere. */
	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page,
		       BASE_IOVA);
}

TEST_F(ioas, ids_of_another_context_are_unknown)
{
	uint32_t other[4], foreign = 0;
	int fd2, i;
	uint64_t iova = BASE_IOVA;

	fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd2);
	for (i = 0; i < 4; i++) {
		test_ioas_alloc(fd2, &other[i]);
		if (other[i] != self->ioas)
			foreign = other[i];
	}
	ASSERT_NE(0U, foreign);
	/* @foreign exists in fd2 only. */
	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, foreign, self->buf,
					  self->page, &iova, MAP_FIXED_RW));
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, foreign));
	/* And the same IOVA is free in each context independently. */
	test_map_fixed(fd2, foreign, self->buf, self->page, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BASE_IOVA);
	close(fd2);
}

/* ---- IOMMU_IOAS_MAP ------------------------------------------------- */

TEST_F(ioas, map_fixed_iova_reports_that_iova)
{
	uint64_t iova = BASE_IOVA + 8 * self->page;

	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf,
				  2 * self->page, &iova, MAP_FIXED_RW));
	ASSERT_EQ(BASE_IOVA + 8 * self->page, iova);
	test_unmap(self->fd, self->ioas, iova, 2 * self->page);
}

TEST_F(ioas, map_readable_only_and_writeable_only_work)
{
	uint64_t iova = BASE_IOVA;

	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf, self->page,
				  &iova, IOMMU_IOAS_MAP_FIXED_IOVA |
					 IOMMU_IOAS_MAP_READABLE));
	iova = BASE_IOVA + self->page;
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf + self->page,
				  self->page, &iova, IOMMU_IOAS_MAP_FIXED_IOVA |
						     IOMMU_IOAS_MAP_WRITEABLE));
	/* Automatic IOVA, each permission alone. */
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf, self->page,
				  &iova, IOMMU_IOAS_MAP_READABLE));
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf, self->page,
				  &iova, IOMMU_IOAS_MAP_WRITEABLE));
}

TEST_F(ioas, map_without_readable_or_writeable_is_einval)
{
	uint64_t iova = BASE_IOVA;

	ASSERT_ERRNO(EINVAL, raw_ioas_map(self->fd, self->ioas, self->buf,
					  self->page, &iova,
					  IOMMU_IOAS_MAP_FIXED_IOVA));
	ASSERT_ERRNO(EINVAL, raw_ioas_map(self->fd, self->ioas, self->buf,
					  self->page, &iova, 0));
	test_err_unmap(ENOENT, self->fd, self->ioas, 0, UINT64_MAX - 1);
}

TEST_F(ioas, map_unknown_flags_is_eopnotsupp)
{
	static const uint32_t bad[] = { 1u << 3, 1u << 8, 1u << 31 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		uint64_t iova = BASE_IOVA;

		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_ioas_map(self->fd, self->ioas, self->buf,
					  self->page, &iova,
					  MAP_FIXED_RW | bad[i]));
	}
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA, self->page);
}

TEST_F(ioas, map_nonzero_reserved_is_eopnotsupp)
{
	struct iommu_ioas_map cmd = {
		.size = sizeof(cmd),
		.flags = MAP_FIXED_RW,
		.ioas_id = self->ioas,
		.__reserved = 1,
		.user_va = (uintptr_t)self->buf,
		.length = self->page,
		.iova = BASE_IOVA,
	};

	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_IOAS_MAP, &cmd));
	cmd.__reserved = 0x80000000u;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_IOAS_MAP, &cmd));
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA, self->page);
}

TEST_F(ioas, map_zero_length_is_einval)
{
	uint64_t iova = BASE_IOVA;

	ASSERT_ERRNO(EINVAL, raw_ioas_map(self->fd, self->ioas, self->buf, 0,
					  &iova, MAP_FIXED_RW));
	ASSERT_ERRNO(EINVAL, raw_ioas_map(self->fd, self->ioas, self->buf, 0,
					  &iova, MAP_RW));
}

TEST_F(ioas, map_unknown_ioas_is_enoent)
{
	uint64_t iova = BASE_IOVA;

	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, 0, self->buf, self->page,
					  &iova, MAP_FIXED_RW));
	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, self->ioas + 1000,
					  self->buf, self->page, &iova,
					  MAP_RW));
}

TEST_F(ioas, map_overlapping_fixed_range_is_eexist)
{
	const uint64_t p = self->page, x = BASE_IOVA + 4 * p;
	struct { uint64_t iova, pages; } bad[] = {
		{ x, 4 },		/* the same range */
		{ x, 1 },		/* its first page */
		{ x + 3 * p, 1 },	/* its last page */
		{ x + p, 2 },		/* strictly inside */
		{ x - p, 2 },		/* across its start */
		{ x + 3 * p, 2 },	/* across its end */
		{ x - p, 6 },		/* around it */
	};
	unsigned int i;

	test_map_fixed(self->fd, self->ioas, self->buf, 4 * p, x);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		TH_LOG("overlap case %u: iova 0x%llx, %llu pages", i,
		       (unsigned long long)bad[i].iova,
		       (unsigned long long)bad[i].pages);
		test_err_map_fixed(EEXIST, self->fd, self->ioas,
				   self->buf + 4 * p, bad[i].pages * p,
				   bad[i].iova);
	}
	/* Touching but not overlapping is fine on both sides. */
	test_map_fixed(self->fd, self->ioas, self->buf + 4 * p, p, x - p);
	test_map_fixed(self->fd, self->ioas, self->buf + 5 * p, p, x + 4 * p);
	/* The original mapping is intact. */
	test_unmap(self->fd, self->ioas, x, 4 * p);
}

TEST_F(ioas, map_wrapping_iova_range_is_eoverflow)
{
	const uint64_t p = self->page;

	test_err_map_fixed(EOVERFLOW, self->fd, self->ioas, self->buf, 2 * p,
			   UINT64_MAX - p + 1);
	test_err_map_fixed(EOVERFLOW, self->fd, self->ioas, self->buf,
			   NPAGES * p, UINT64_MAX - 4 * p + 1);
	test_err_unmap(ENOENT, self->fd, self->ioas, 0, UINT64_MAX - 1);
}

TEST_F(ioas, map_wrapping_user_range_fails)
{
	uint64_t iova = BASE_IOVA;
	uint64_t len = UINT64_MAX - (uintptr_t)self->buf + 1 + self->page;
	int rc;

	/* buf + len wraps past the top of the address space. */
	rc = raw_ioas_map(self->fd, self->ioas, self->buf, len, &iova, MAP_RW);
	/*
	 * The header gives EOVERFLOW for a wrapping range and EFAULT for
	 * memory that cannot be pinned; a wrapping user range is both.
	 */
	ASSERT_TRUE(rc == -EOVERFLOW || rc == -EFAULT)
		TH_LOG("got %d (%s)", rc, strerror(-rc));
}

/*
 * Without a domain (or an access) an IOAS holds only user address ranges
 * and IOMMU_IOAS_MAP pins nothing, as upstream (its area_auto_iova): memory
 * that is not there, or that could not be pinned the way it is asked for,
 * maps fine. Pinning and its EFAULT come with a domain (accounting_test,
 * mock_ioas_test).
 */
TEST_F(ioas, map_of_unpinnable_memory_without_a_domain_succeeds)
{
	uint8_t *hole = alloc_pages(3);
	uint64_t iova = BASE_IOVA, done = 0;

	ASSERT_NE(NULL, hole);
	/* Middle page unmapped: the range could not be pinned as a whole. */
	ASSERT_OK(munmap(hole + self->page, self->page));
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, hole, 3 * self->page,
				  &iova, MAP_FIXED_RW));
	/* A read-only VMA mapped writeable: not pinned, so not refused. */
	ASSERT_OK(mprotect(hole, self->page, PROT_READ));
	iova = BASE_IOVA + 4 * self->page;
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, hole, self->page, &iova,
				  MAP_FIXED_RW));
	/* Both are there, whole. */
	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, 0, UINT64_MAX,
				    &done));
	ASSERT_EQ((uint64_t)4 * self->page, done);
	munmap(hole, self->page);
	munmap(hole + 2 * self->page, self->page);
}

TEST_F(ioas, map_alignment_follows_reported_alignment)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n = MAX_RANGES;
	uint64_t align = 0, iova;

	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, &align));
	/* A power of two, at most the page size. */
	ASSERT_NE(0U, align);
	ASSERT_EQ(0U, align & (align - 1));
	ASSERT_GE(self->page, align);
	TH_LOG("IOAS alignment without devices: %llu",
	       (unsigned long long)align);

	if (align == 1) {
		/* Any byte alignment works when VA and IOVA agree. */
		iova = BASE_IOVA + 0x123;
		ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas,
					  self->buf + 0x123, 0x456, &iova,
					  MAP_FIXED_RW));
		test_unmap(self->fd, self->ioas, BASE_IOVA + 0x123, 0x456);
		return;
	}
	/* IOVA, length and VA off the alignment each fail. */
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, BASE_IOVA + align / 2);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   align / 2, BASE_IOVA);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf + align / 2,
			   self->page, BASE_IOVA);
}

/* Largest power of two dividing @x (x != 0). */
static uint64_t lowbit(uint64_t x)
{
	return x & -x;
}

static uint64_t roundup_pow2(uint64_t x)
{
	uint64_t r = 1;

	while (r < x)
		r <<= 1;
	return r;
}

TEST_F(ioas, map_automatic_iova_is_nonzero_aligned_and_disjoint)
{
	struct { size_t off, pages; } cases[] = {
		{ 0, 1 }, { 0, 3 }, { 0, 8 }, { self->page, 2 },
		{ 3 * self->page, 4 }, { 0, NPAGES },
	};
	uint64_t iovas[ARRAY_SIZE(cases)], lens[ARRAY_SIZE(cases)];
	const uint64_t hpage = 2ull << 20;
	unsigned int i, j;

	/* Also a fixed mapping the allocator must avoid. */
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       self->page);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		uint8_t *va = self->buf + cases[i].off;
		uint64_t want_align;

		lens[i] = cases[i].pages * self->page;
		ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, va, lens[i],
					  &iovas[i], MAP_RW));
		ASSERT_NE(0U, iovas[i]);
		want_align = roundup_pow2(lens[i]);
		if (lowbit((uintptr_t)va) < want_align)
			want_align = lowbit((uintptr_t)va);
		if (want_align > hpage)
			want_align = hpage;
		EXPECT_EQ(0U, iovas[i] % want_align)
			TH_LOG("iova 0x%llx for %llu bytes at va %p",
			       (unsigned long long)iovas[i],
			       (unsigned long long)lens[i], va);
		/* Clear of the fixed mapping and of each other. */
		EXPECT_TRUE(iovas[i] + lens[i] <= self->page ||
			    iovas[i] >= self->page + NPAGES * self->page);
		for (j = 0; j < i; j++)
			EXPECT_TRUE(iovas[i] + lens[i] <= iovas[j] ||
				    iovas[j] + lens[j] <= iovas[i]);
	}
	for (i = 0; i < ARRAY_SIZE(cases); i++)
		test_unmap(self->fd, self->ioas, iovas[i], lens[i]);
}

TEST_F(ioas, map_same_memory_at_two_iovas_works)
{
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA + 16 * self->page);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 2 * self->page);
	test_unmap(self->fd, self->ioas, BASE_IOVA + 16 * self->page,
		   2 * self->page);
}

TEST_F(ioas, failed_map_leaves_the_range_free)
{
	/* EEXIST against a neighbour must not reserve anything. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       BASE_IOVA + 2 * self->page);
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf,
			   3 * self->page, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
}

/* ---- IOMMU_IOAS_UNMAP ---------------------------------------------- */

TEST_F(ioas, unmap_exact_range_reports_its_length)
{
	test_map_fixed(self->fd, self->ioas, self->buf, 3 * self->page,
		       BASE_IOVA);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 3 * self->page);
	/* Gone: a second unmap finds nothing, a new map fits. */
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA,
		       3 * self->page);
	test_map_fixed(self->fd, self->ioas, self->buf, 3 * self->page,
		       BASE_IOVA);
}

TEST_F(ioas, unmap_range_with_holes_removes_every_mapping_inside)
{
	const uint64_t p = self->page;
	uint64_t done = 0;

	test_map_fixed(self->fd, self->ioas, self->buf, p, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * p,
		       BASE_IOVA + 2 * p);
	test_map_fixed(self->fd, self->ioas, self->buf, p, BASE_IOVA + 6 * p);
	/* A mapping outside the range stays. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, BASE_IOVA + 9 * p);

	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, BASE_IOVA - p, 8 * p,
				    &done));
	ASSERT_EQ(4 * p, done);
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA - p, 8 * p);
	test_unmap(self->fd, self->ioas, BASE_IOVA + 9 * p, p);
}

/*
 * A mapping cannot be split. Mappings are removed one at a time in IOVA
 * order, as upstream: ENOENT at the first one the range cuts through,
 * after those before it are gone.
 */
TEST_F(ioas, unmap_cutting_through_a_mapping_is_enoent_after_those_before_it)
{
	const uint64_t p = self->page, x = BASE_IOVA + 4 * p;
	struct { uint64_t iova, len; } cuts[] = {
		{ x, 2 * p },		/* its first half */
		{ x + 2 * p, 2 * p },	/* its second half */
		{ x + p, p },		/* a page in the middle */
		{ x - p, 3 * p },	/* across its start */
		{ x + 3 * p, 3 * p },	/* across its end */
	};
	uint64_t done = 0;
	unsigned int i;

	test_map_fixed(self->fd, self->ioas, self->buf, 4 * p, x);
	/* A small mapping before it, outside every cut above. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, x - 2 * p);
	for (i = 0; i < ARRAY_SIZE(cuts); i++) {
		TH_LOG("cut %u: iova 0x%llx length 0x%llx", i,
		       (unsigned long long)cuts[i].iova,
		       (unsigned long long)cuts[i].len);
		test_err_unmap(ENOENT, self->fd, self->ioas, cuts[i].iova,
			       cuts[i].len);
	}
	/* Both mappings are whole: re-mapping collides. */
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf, p, x);
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf, p,
			   x - 2 * p);

	/* The whole small one, then part of x: the small one goes first. */
	ASSERT_ERRNO(ENOENT, raw_ioas_unmap(self->fd, self->ioas, x - 2 * p,
					    3 * p, &done));
	test_map_fixed(self->fd, self->ioas, self->buf, p, x - 2 * p);
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf, p, x);
	test_unmap(self->fd, self->ioas, x, 4 * p);
	test_unmap(self->fd, self->ioas, x - 2 * p, p);
}

TEST_F(ioas, unmap_range_without_mappings_is_enoent)
{
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA, self->page);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BASE_IOVA);
	test_err_unmap(ENOENT, self->fd, self->ioas, BASE_IOVA + self->page,
		       16 * self->page);
}

TEST_F(ioas, unmap_zero_length_is_einval)
{
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BASE_IOVA);
	test_err_unmap(EINVAL, self->fd, self->ioas, BASE_IOVA, 0);
	test_unmap(self->fd, self->ioas, BASE_IOVA, self->page);
}

TEST_F(ioas, unmap_wrapping_range_is_eoverflow)
{
	test_err_unmap(EOVERFLOW, self->fd, self->ioas,
		       UINT64_MAX - self->page + 1, 2 * self->page);
	/* iova 0 with UINT64_MAX is "all"; any other start wraps. */
	test_err_unmap(EOVERFLOW, self->fd, self->ioas, self->page,
		       UINT64_MAX);
}

TEST_F(ioas, unmap_unknown_ioas_is_enoent)
{
	test_err_unmap(ENOENT, self->fd, 0, BASE_IOVA, self->page);
	test_err_unmap(ENOENT, self->fd, self->ioas + 1000, 0, UINT64_MAX);
}

TEST_F(ioas, unmap_all_on_empty_ioas_succeeds_with_zero)
{
	uint64_t done = 1;

	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, 0, UINT64_MAX,
				    &done));
	ASSERT_EQ(0U, done);
}

TEST_F(ioas, unmap_all_removes_everything)
{
	const uint64_t p = self->page;
	uint64_t done = 0, iova = 0;

	test_map_fixed(self->fd, self->ioas, self->buf, 2 * p, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, p, 0);
	test_map_fixed(self->fd, self->ioas, self->buf, 3 * p,
		       (UINT64_MAX & ~(p - 1)) - 8 * p);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf, 4 * p, &iova,
				  MAP_RW));

	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, 0, UINT64_MAX,
				    &done));
	ASSERT_EQ(10 * p, done);
	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, 0, UINT64_MAX,
				    &done));
	ASSERT_EQ(0U, done);
	/* Every IOVA is free again. */
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * p, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, p, 0);
}

/* ---- IOMMU_IOAS_IOVA_RANGES ---------------------------------------- */

TEST_F(ioas, iova_ranges_of_new_ioas_is_the_whole_space)
{
	struct iommu_iova_range r[4];
	uint32_t n = 4;

	memset(r, 0xa5, sizeof(r));
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(0U, r[0].start);
	ASSERT_EQ(UINT64_MAX, r[0].last);
}

TEST_F(ioas, iova_ranges_do_not_change_with_mappings)
{
	struct iommu_iova_range r[4];
	uint32_t n = 4;

	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page,
		       BASE_IOVA);
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(0U, r[0].start);
	ASSERT_EQ(UINT64_MAX, r[0].last);
}

TEST_F(ioas, iova_ranges_with_small_array_is_emsgsize_with_count)
{
	struct iommu_iova_range r[1];
	uint32_t n = 0;

	/* No array at all. */
	ASSERT_ERRNO(EMSGSIZE, raw_iova_ranges(self->fd, self->ioas, NULL, &n,
					       NULL));
	ASSERT_EQ(1U, n);
	/* Exactly enough is fine. */
	n = 1;
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
}

TEST_F(ioas, iova_ranges_bad_array_pointer_is_efault)
{
	uint8_t *gone = alloc_pages(1);
	uint32_t n = 4;

	ASSERT_NE(NULL, gone);
	ASSERT_OK(munmap(gone, self->page));
	ASSERT_ERRNO(EFAULT, raw_iova_ranges(self->fd, self->ioas,
					     (struct iommu_iova_range *)gone,
					     &n, NULL));
}

TEST_F(ioas, iova_ranges_nonzero_reserved_is_eopnotsupp)
{
	struct iommu_iova_range r[4];
	struct iommu_ioas_iova_ranges cmd = {
		.size = sizeof(cmd),
		.ioas_id = self->ioas,
		.num_iovas = 4,
		.__reserved = 1,
		.allowed_iovas = (uintptr_t)r,
	};

	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_ioctl(self->fd, IOMMU_IOAS_IOVA_RANGES, &cmd));
}

TEST_F(ioas, iova_ranges_unknown_ioas_is_enoent)
{
	struct iommu_iova_range r[4];
	uint32_t n = 4;

	ASSERT_ERRNO(ENOENT, raw_iova_ranges(self->fd, 0, r, &n, NULL));
	n = 4;
	ASSERT_ERRNO(ENOENT, raw_iova_ranges(self->fd, self->ioas + 1000, r,
					     &n, NULL));
}

/* ---- closing --------------------------------------------------------- */

TEST_F(ioas, close_with_mappings_and_many_ioas_works)
{
	uint32_t id;
	int i;

	for (i = 0; i < 8; i++) {
		test_ioas_alloc(self->fd, &id);
		test_map_fixed(self->fd, id, self->buf, NPAGES * self->page,
			       BASE_IOVA);
	}
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	/* A new context starts from scratch. */
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	test_ioas_alloc(self->fd, &id);
	test_map_fixed(self->fd, id, self->buf, NPAGES * self->page, BASE_IOVA);
}

IOASID_TEST_MAIN
