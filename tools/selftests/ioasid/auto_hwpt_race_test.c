// SPDX-License-Identifier: GPL-2.0
/*
 * auto_hwpt_race_test: automatic HWPTs coming and going under concurrency.
 *
 * Two mock devices, each in its own group, keep moving between two IOASes
 * (IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE with an IOAS ID): every move either
 * joins the automatic HWPT the other device left there or makes a new one,
 * and drops the HWPT it leaves, which goes when its last group does. So
 * one thread keeps dropping the last reference to an automatic HWPT while
 * the other looks for one to join in the same IOAS. In one variant a third
 * thread also looks HWPTs up by ID all the time (MD_CHECK_MAP on every ID
 * in use), so a lookup is often in flight when a HWPT loses its last group.
 *
 * What must hold: every move succeeds; the kernel never complains (a HWPT
 * picked up while it is being destroyed shows as a refcount warning, or as
 * a use-after-free on the debug lane); and once both devices sit in the
 * second IOAS, nothing is left in the first: IOMMU_DESTROY of it succeeds
 * at once, because no automatic HWPT without a device lingers there.
 */
#include "mock_utils.h"

#include <pthread.h>
#include <stdatomic.h>

#define RUN_MS		2000
#define MAX_ID		64	/* the lookup thread tries IDs 1..MAX_ID */
#define NPAGES		4

struct auto_race {
	int fd;
	uint32_t ioas[2];
	uint32_t stdev[2];
	void *buf;
	size_t len;
	struct timespec end;
	atomic_long moves;
	atomic_long lookups;
	atomic_long bad;
	atomic_int first_bad;
};

struct mover {
	struct auto_race *r;
	int index;
};

static bool time_left(const struct auto_race *r)
{
	return before_deadline(&r->end);
}

/* Move one device back and forth between the two IOASes. */
static void *move_thread(void *arg)
{
	struct mover *m = arg;
	struct auto_race *r = m->r;
	unsigned int to = 1;
	uint32_t pt;
	int rc;

	while (time_left(r)) {
		pt = r->ioas[to];
		rc = raw_mock_domain_replace(r->fd, r->stdev[m->index], &pt);
		if (rc) {
			if (atomic_fetch_add(&r->bad, 1) == 0)
				atomic_store(&r->first_bad, rc);
		} else {
			atomic_fetch_add(&r->moves, 1);
		}
		to ^= 1;
	}
	return NULL;
}

/* Short-lived references: look every ID up as a paging HWPT. */
static void *lookup_thread(void *arg)
{
	struct auto_race *r = arg;
	uint32_t id;

	while (time_left(r)) {
		for (id = 1; id <= MAX_ID; id++) {
			/* Any answer will do: ENOENT, EINVAL, 0... */
			raw_md_check_map(r->fd, id, MOCK_APERTURE_START,
					 mock_page_size(), r->buf);
			atomic_fetch_add(&r->lookups, 1);
		}
	}
	return NULL;
}

FIXTURE(auto_race) {
	struct auto_race r;
};

FIXTURE_VARIANT(auto_race) {
	bool lookups;
};

FIXTURE_VARIANT_ADD(auto_race, moves_only) { .lookups = false };
FIXTURE_VARIANT_ADD(auto_race, moves_and_lookups_by_id) { .lookups = true };

FIXTURE_SETUP(auto_race)
{
	struct auto_race *r = &self->r;
	int i, k;

	r->fd = -1;
	r->len = NPAGES * page_size();
	r->buf = alloc_pages(NPAGES);
	ASSERT_NE(NULL, r->buf);
	r->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, r->fd);
	/* A mapping in each IOAS: every new HWPT has pages to map. */
	for (k = 0; k < 2; k++) {
		test_ioas_alloc(r->fd, &r->ioas[k]);
		test_map_fixed(r->fd, r->ioas[k], r->buf, r->len,
			       MOCK_APERTURE_START);
	}
	for (i = 0; i < 2; i++)
		ASSERT_OK(raw_mock_domain(r->fd, r->ioas[0], &r->stdev[i],
					  NULL, NULL));
}

FIXTURE_TEARDOWN(auto_race)
{
	if (self->r.fd >= 0)
		close(self->r.fd);
	free_pages(self->r.buf, NPAGES);
}

TEST_F_SKIPPABLE(auto_race, last_group_leaving_while_another_joins, 60)
{
	struct auto_race *r = &self->r;
	struct mover m[2] = { { r, 0 }, { r, 1 } };
	pthread_t t[3];
	int n = 0, i;
	uint32_t pt;

	clock_gettime(CLOCK_MONOTONIC, &r->end);
	r->end.tv_sec += RUN_MS / 1000;
	for (i = 0; i < 2; i++)
		ASSERT_OK(pthread_create(&t[n++], NULL, move_thread, &m[i]));
	if (variant->lookups)
		ASSERT_OK(pthread_create(&t[n++], NULL, lookup_thread, r));
	for (i = 0; i < n; i++)
		ASSERT_OK(pthread_join(t[i], NULL));

	TH_LOG("%ld moves, %ld failed, %ld lookups", atomic_load(&r->moves),
	       atomic_load(&r->bad), atomic_load(&r->lookups));
	if (atomic_load(&r->bad))
		TH_LOG("first failed move: %s",
		       strerror(-atomic_load(&r->first_bad)));
	ASSERT_EQ(0, atomic_load(&r->bad));
	ASSERT_LT(10, atomic_load(&r->moves));

	/* Both into the second IOAS: the first has no user left... */
	for (i = 0; i < 2; i++) {
		pt = r->ioas[1];
		ASSERT_OK(raw_mock_domain_replace(r->fd, r->stdev[i], &pt));
	}
	/* ...so it goes at once, with nothing of it lingering. */
	ASSERT_OK(ioasid_destroy(r->fd, r->ioas[0]))
		TH_LOG("an automatic HWPT without devices is left in the first IOAS");
	/* The second still works for the devices sitting in it. */
	pt = r->ioas[1];
	for (i = 0; i < 2; i++)
		ASSERT_OK(raw_mock_domain_replace(r->fd, r->stdev[i], &pt));
}

MOCK_TEST_MAIN
