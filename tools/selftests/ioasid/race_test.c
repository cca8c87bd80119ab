// SPDX-License-Identifier: GPL-2.0
/*
 * race_test: many threads on one IOAS at once.
 *
 * Threads map and unmap on ranges of their own, map and unmap on one
 * shared range (so they collide), map at automatic IOVAs, and copy from
 * the shared IOAS into a second one and back into itself, while another
 * thread tries to destroy the IOAS half way through; then the context is
 * closed. Every call must give a result the header allows for what the
 * other threads may be doing, the kernel must not complain, and VmPin must
 * come back to where it started (nothing leaked). One variant keeps an edu
 * device attached and has it DMA through a mapping nobody touches, which
 * must stay byte exact throughout.
 *
 * Threads never assert: they count unexpected results, which the test
 * checks once they are joined.
 */
#include "fixture.h"

#include <pthread.h>
#include <stdatomic.h>

#define MiB		(1ull << 20)
#define PAGES		64
#define OWN_THREADS	3	/* each on its own range */
#define SHARED_THREADS	3	/* all on one range */
#define OWN_IOVA(i)	(16 * MiB + (uint64_t)(i) * MiB)
#define SHARED_IOVA	(8 * MiB)
#define SHARED_PAGES	8
#define AUTO_START	(64 * MiB)	/* automatic IOVAs stay above here */
#define AUTO_LAST	(128 * MiB - 1)
#define DMA_IOVA	(2 * MiB)	/* the edu's own, untouched mapping */
#define RUN_MS		3000

struct race {
	int fd;
	uint32_t ioas;		/* the IOAS everyone works on */
	uint32_t other;		/* copies go here too */
	uint8_t *buf;		/* PAGES pages */
	size_t page;
	struct timespec end;
	atomic_bool destroy_started;
	atomic_int destroy_rc;
	atomic_long destroy_tries;
	atomic_long ops;
	atomic_long unexpected;
	/* The first unexpected result, for the log. */
	atomic_int first_rc;
	const char *_Atomic first_what;
	/* The DMA thread. */
	struct edu_bar *bar;
	uint8_t *dma_buf;	/* 2 pages at DMA_IOVA */
	atomic_long dma_ok;
	atomic_long dma_bad;
};

struct worker {
	struct race *r;
	int index;
	unsigned int seed;
};

static bool time_left(struct race *r)
{
	return before_deadline(&r->end);
}

/*
 * Record @rc from @what: fine if it is 0 or one of the (up to two) other
 * errnos allowed, or ENOENT once the IOAS may have been destroyed.
 */
static void check(struct race *r, const char *what, int rc, int ok1, int ok2)
{
	const char *none = NULL;
	int zero = 0;

	atomic_fetch_add(&r->ops, 1);
	if (!rc || rc == -ok1 || rc == -ok2)
		return;
	if (rc == -ENOENT && atomic_load(&r->destroy_started))
		return;
	atomic_fetch_add(&r->unexpected, 1);
	if (atomic_compare_exchange_strong(&r->first_what, &none, what))
		atomic_compare_exchange_strong(&r->first_rc, &zero, rc);
}

/* Map and unmap 1..4 pages on a range no other thread uses. */
static void *own_range_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;
	uint8_t *va = r->buf + (size_t)w->index * 4 * r->page;

	while (time_left(r)) {
		uint64_t len = (1 + rand_r(&w->seed) % 4) * r->page;
		uint64_t iova = OWN_IOVA(w->index), done = 0;
		int rc;

		rc = raw_ioas_map(r->fd, r->ioas, va, len, &iova,
				  MAP_FIXED_RW);
		check(r, "own map", rc, 0, 0);
		if (rc)
			continue;
		rc = raw_ioas_unmap(r->fd, r->ioas, OWN_IOVA(w->index), len,
				    &done);
		check(r, "own unmap", rc, 0, 0);
		if (!rc && done != len)
			check(r, "own unmap length", -ERANGE, 0, 0);
	}
	return NULL;
}

/* Map anywhere in the shared range, unmap all of it: collisions galore. */
static void *shared_range_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;

	while (time_left(r)) {
		uint64_t first = rand_r(&w->seed) % SHARED_PAGES;
		uint64_t pages = 1 + rand_r(&w->seed) % (SHARED_PAGES - first);
		uint64_t iova = SHARED_IOVA + first * r->page;
		uint8_t *va = r->buf + (PAGES / 2 + first) * r->page;

		check(r, "shared map",
		      raw_ioas_map(r->fd, r->ioas, va, pages * r->page, &iova,
				   MAP_FIXED_RW), EEXIST, 0);
		/*
		 * EBUSY: another thread's map or unmap of a mapping in the
		 * range is under way (upstream's answer to racing them).
		 */
		if (rand_r(&w->seed) % 2)
			check(r, "shared unmap",
			      raw_ioas_unmap(r->fd, r->ioas, SHARED_IOVA,
					     SHARED_PAGES * r->page, NULL),
			      ENOENT, EBUSY);
	}
	return NULL;
}

/* Automatic IOVAs: map, then unmap exactly that. */
static void *auto_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;

	while (time_left(r)) {
		uint64_t len = (1 + rand_r(&w->seed) % 8) * r->page;
		uint64_t iova = 0;
		int rc;

		rc = raw_ioas_map(r->fd, r->ioas, r->buf, len, &iova, MAP_RW);
		check(r, "auto map", rc, 0, 0);
		if (rc)
			continue;
		if (iova < AUTO_START || iova + len - 1 > AUTO_LAST)
			check(r, "auto map outside the allowed range",
			      -ERANGE, 0, 0);
		check(r, "auto unmap",
		      raw_ioas_unmap(r->fd, r->ioas, iova, len, NULL), 0, 0);
	}
	return NULL;
}

/*
 * Copy from the shared range or another thread's range (either may have
 * holes right now) into the other IOAS and into the same one, then unmap
 * the copy.
 */
static void *copy_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;

	while (time_left(r)) {
		bool shared = rand_r(&w->seed) % 2;
		bool same = rand_r(&w->seed) % 2;
		uint32_t dst = same ? r->ioas : r->other;
		uint64_t src = shared ? SHARED_IOVA :
				OWN_IOVA(rand_r(&w->seed) % OWN_THREADS);
		uint64_t len = (1 + rand_r(&w->seed) % 2) * r->page;
		uint64_t iova = 0;
		int rc;

		rc = raw_ioas_copy(r->fd, dst, r->ioas, src, len, &iova,
				   MAP_RW);
		/* ENOENT: a hole in the source at that moment. */
		check(r, "copy", rc, ENOENT, 0);
		if (rc)
			continue;
		check(r, "copy unmap",
		      raw_ioas_unmap(r->fd, dst, iova, len, NULL), 0, 0);
	}
	return NULL;
}

/*
 * Half way through, destroy the IOAS. Calls in flight may make the kernel
 * answer EBUSY for a moment: keep trying (while time is left) until it
 * goes, so the others then race against an IOAS that is gone.
 */
static void *destroy_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;
	int rc;

	usleep(RUN_MS * 1000 / 2);
	atomic_store(&r->destroy_started, true);
	do {
		rc = raw_destroy(r->fd, r->ioas);
		atomic_fetch_add(&r->destroy_tries, 1);
	} while (rc == -EBUSY && !r->bar && time_left(r));
	atomic_store(&r->destroy_rc, rc);
	return NULL;
}

static void *dma_thread(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;
	uint8_t want[EDU_DMA_BUF_SIZE];
	uint8_t *src = r->dma_buf, *dst = r->dma_buf + r->page;
	uint32_t seed = 500;

	while (time_left(r)) {
		edu_fill_pattern(want, sizeof(want), seed);
		memcpy(src, want, sizeof(want));
		memset(dst, 0, sizeof(want));
		if (edu_dma(r->bar, EDU_RAM_TO_DEVICE, DMA_IOVA, 0,
			    sizeof(want), EDU_DMA_TIMEOUT_MS) ||
		    edu_dma(r->bar, EDU_DEVICE_TO_RAM, DMA_IOVA + r->page, 0,
			    sizeof(want), EDU_DMA_TIMEOUT_MS) ||
		    memcmp(dst, want, sizeof(want)))
			atomic_fetch_add(&r->dma_bad, 1);
		else
			atomic_fetch_add(&r->dma_ok, 1);
		seed++;
	}
	return NULL;
}

/* ==== the fixture ====================================================== */

FIXTURE(race) {
	struct race r;
	T_EDU(edu);		/* device variants: attached, BAR0 mapped */
	long start;
};

FIXTURE_VARIANT(race) {
	bool destroy;		/* try to destroy the IOAS half way */
	bool device;		/* an edu attached to the IOAS, DMAing */
};

FIXTURE_VARIANT_ADD(race, map_unmap_copy_then_close) {
	.destroy = false, .device = false,
};

FIXTURE_VARIANT_ADD(race, map_unmap_copy_destroy_then_close) {
	.destroy = true, .device = false,
};

FIXTURE_VARIANT_ADD(race, map_unmap_copy_destroy_with_edu_dma_then_close) {
	.destroy = true, .device = true,
};

FIXTURE_SETUP(race)
{
	const struct iommu_iova_range autos = { AUTO_START, AUTO_LAST };
	struct rlimit rl = {
		.rlim_cur = 256 * MiB, .rlim_max = 256 * MiB,
	};

	self->r.fd = -1;
	self->r.page = page_size();
	if (vmpin_pages() < 0)
		SKIP(return, "/proc/self/status has no VmPin");
	if (variant->device && !t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	/* Charged (so VmPin shows leaks), with room to spare. */
	ASSERT_OK(setrlimit(RLIMIT_MEMLOCK, &rl));
	ASSERT_OK(drop_cap_ipc_lock());
	self->r.buf = alloc_pages(PAGES);
	self->r.dma_buf = alloc_pages(2);
	ASSERT_NE(NULL, self->r.buf);
	ASSERT_NE(NULL, self->r.dma_buf);
	self->start = vmpin_pages();
	self->r.fd = ioasid_open();
	ASSERT_LE(0, self->r.fd);
	test_ioas_alloc(self->r.fd, &self->r.ioas);
	test_ioas_alloc(self->r.fd, &self->r.other);
	test_allow_iovas(self->r.fd, self->r.ioas, &autos, 1);
	if (variant->device) {
		test_map_fixed(self->r.fd, self->r.ioas, self->r.dma_buf,
			       2 * self->r.page, DMA_IOVA);
		t_edu_bind(&self->edu, self->r.fd, self->r.ioas);
		t_edu_bar_open(&self->edu);
		self->r.bar = &self->bar;
	}
}

FIXTURE_TEARDOWN(race)
{
	t_edu_teardown(&self->edu);
	if (self->r.fd >= 0)
		close(self->r.fd);
	free_pages(self->r.buf, PAGES);
	free_pages(self->r.dma_buf, 2);
}

TEST_F_SKIPPABLE(race, threads_race_on_one_ioas_and_nothing_leaks, 120)
{
	enum { MAX_THREADS = OWN_THREADS + SHARED_THREADS + 4 };
	struct worker w[MAX_THREADS];
	pthread_t t[MAX_THREADS];
	struct race *r = &self->r;
	int n = 0, i, rc;
	long now;

	clock_gettime(CLOCK_MONOTONIC, &r->end);
	r->end.tv_sec += RUN_MS / 1000;
	for (i = 0; i < OWN_THREADS; i++) {
		w[n] = (struct worker){ r, i, 1 + n };
		ASSERT_OK(pthread_create(&t[n], NULL, own_range_thread, &w[n]));
		n++;
	}
	for (i = 0; i < SHARED_THREADS; i++) {
		w[n] = (struct worker){ r, i, 1 + n };
		ASSERT_OK(pthread_create(&t[n], NULL, shared_range_thread,
					 &w[n]));
		n++;
	}
	w[n] = (struct worker){ r, 0, 1 + n };
	ASSERT_OK(pthread_create(&t[n], NULL, auto_thread, &w[n]));
	n++;
	w[n] = (struct worker){ r, 0, 1 + n };
	ASSERT_OK(pthread_create(&t[n], NULL, copy_thread, &w[n]));
	n++;
	if (variant->destroy) {
		w[n] = (struct worker){ r, 0, 1 + n };
		ASSERT_OK(pthread_create(&t[n], NULL, destroy_thread, &w[n]));
		n++;
	}
	if (variant->device) {
		w[n] = (struct worker){ r, 0, 1 + n };
		ASSERT_OK(pthread_create(&t[n], NULL, dma_thread, &w[n]));
		n++;
	}
	for (i = 0; i < n; i++)
		ASSERT_OK(pthread_join(t[i], NULL));

	TH_LOG("%ld calls, %ld unexpected; VmPin +%ld pages before close",
	       atomic_load(&r->ops), atomic_load(&r->unexpected),
	       vmpin_pages() - self->start);
	if (atomic_load(&r->unexpected))
		TH_LOG("first unexpected: %s gave %d (%s)",
		       atomic_load(&r->first_what), atomic_load(&r->first_rc),
		       strerror(-atomic_load(&r->first_rc)));
	ASSERT_EQ(0, atomic_load(&r->unexpected));
	if (variant->destroy) {
		rc = atomic_load(&r->destroy_rc);
		TH_LOG("destroy during the race: %d (%s) after %ld tries", rc,
		       rc ? strerror(-rc) : "done",
		       atomic_load(&r->destroy_tries));
		if (variant->device) {
			/* An attached device always keeps the IOAS. */
			ASSERT_ERRNO(EBUSY, rc);
		} else {
			/* Gone, or busy with the calls in flight. */
			ASSERT_TRUE(rc == 0 || rc == -EBUSY);
		}
	}
	if (variant->device) {
		TH_LOG("%ld DMA round trips, %ld wrong",
		       atomic_load(&r->dma_ok), atomic_load(&r->dma_bad));
		ASSERT_LT(0, atomic_load(&r->dma_ok));
		ASSERT_EQ(0, atomic_load(&r->dma_bad));
	}

	/* The context still works after the storm... */
	test_map_fixed(r->fd, r->other, r->buf, r->page, SHARED_IOVA);

	/* ...and closing gives every pinned page back. */
	if (self->bar_open) {
		edu_bar_close(&self->bar);
		self->bar_open = false;
	}
	if (self->devfd >= 0) {
		ASSERT_OK(close(self->devfd));
		self->devfd = -1;
	}
	ASSERT_OK(close(r->fd));
	r->fd = -1;
	for (i = 0, now = vmpin_pages(); i < 200 && now != self->start; i++) {
		usleep(10000);
		now = vmpin_pages();
	}
	ASSERT_EQ(self->start, now);
}

IOASID_TEST_MAIN
