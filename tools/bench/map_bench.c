// SPDX-License-Identifier: GPL-2.0
/*
 * map_bench: DMA map/unmap cost through /dev/ioasid, as a ratio against
 * VFIO type1 measured in the same boot on the same kind of memory.
 *
 * Two edu devices are used (in the test VM each alone in its IOMMU group):
 *   - one bound to vfio-pci-ioasid: its VFIO cdev is bound to a /dev/ioasid
 *     context and attached to an IOAS, so IOMMU_IOAS_MAP/UNMAP program a
 *     real (emulated) VT-d domain;
 *   - one bound to the stock vfio-pci: its group goes into a /dev/vfio/vfio
 *     container with VFIO_TYPE1v2_IOMMU, and VFIO_IOMMU_MAP_DMA/UNMAP_DMA
 *     program the VT-d domain of that container.
 *
 * For each chunk size a region of anonymous memory (faulted in beforehand)
 * is mapped chunk by chunk at fixed IOVAs, then unmapped chunk by chunk; the
 * time of each pass is taken with CLOCK_MONOTONIC.  The passes rotate
 * between the paths (and, for reference, an IOAS with no device attached);
 * after one untimed warm-up pass each, the median of REPS passes is
 * reported, with the ratio ioasid/type1 (lower is better).  This is done
 * twice: on THP-backed memory and on 4 KiB pages (MADV_NOHUGEPAGE).
 * MAP_BENCH_REPS=N in the environment changes the number of passes.
 *
 * This is informational: the exit status is 0 unless an ioctl failed or
 * the devices could not be set up (then 1).
 *
 * Usage: map_bench [IOASID_BDF TYPE1_BDF]
 * Without arguments an edu bound to vfio-pci-ioasid and one bound to
 * vfio-pci are used, preferring devices alone in their IOMMU group.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>

#include <linux/vfio.h>
#include "libioasid.h"

#define KiB		((uint64_t)1024)
#define MiB		(1024 * KiB)
#define REPS		7
#define MAX_REPS	16
/* Clear of the MSI window at 0xfee00000 and below a 39-bit aperture. */
#define IOVA_BASE	((uint64_t)0x100000000)

static int reps = REPS;

struct size_case {
	uint64_t chunk;		/* bytes per call */
	uint64_t region;	/* bytes mapped per pass */
};

/* Chunk sizes and how much each pass maps; the last one is a single call. */
static const struct size_case cases[] = {
	{ 4 * KiB, 4 * MiB },
	{ 64 * KiB, 16 * MiB },
	{ 2 * MiB, 64 * MiB },
	{ 128 * MiB, 128 * MiB },
};
#define NCASES		(sizeof(cases) / sizeof(cases[0]))
#define BUF_LEN		(128 * MiB)

static void die(const char *fmt, ...)
{
	va_list ap;

	printf("map_bench: FAILED: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	exit(1);
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts))
		die("clock_gettime: %s", strerror(errno));
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* --- the two paths -------------------------------------------------------- */

struct path {
	const char *name;
	int fd;			/* /dev/ioasid fd, or the type1 container */
	uint32_t ioas;		/* ioasid only */
	int (*map)(struct path *p, void *va, uint64_t iova, uint64_t len);
	int (*unmap)(struct path *p, uint64_t iova, uint64_t len);
};

static int ioasid_map(struct path *p, void *va, uint64_t iova, uint64_t len)
{
	uint64_t at = iova;

	return ioasid_ioas_map(p->fd, p->ioas, va, len, &at,
			       IOMMU_IOAS_MAP_FIXED_IOVA |
			       IOMMU_IOAS_MAP_READABLE |
			       IOMMU_IOAS_MAP_WRITEABLE);
}

static int ioasid_unmap(struct path *p, uint64_t iova, uint64_t len)
{
	uint64_t done = 0;
	int rc = ioasid_ioas_unmap(p->fd, p->ioas, iova, len, &done);

	if (!rc && done != len)
		return -EIO;
	return rc;
}

static int type1_map(struct path *p, void *va, uint64_t iova, uint64_t len)
{
	struct vfio_iommu_type1_dma_map m = {
		.argsz = sizeof(m),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = (uintptr_t)va,
		.iova = iova,
		.size = len,
	};

	return ioctl(p->fd, VFIO_IOMMU_MAP_DMA, &m) ? -errno : 0;
}

static int type1_unmap(struct path *p, uint64_t iova, uint64_t len)
{
	struct vfio_iommu_type1_dma_unmap u = {
		.argsz = sizeof(u),
		.iova = iova,
		.size = len,
	};

	if (ioctl(p->fd, VFIO_IOMMU_UNMAP_DMA, &u))
		return -errno;
	return u.size == len ? 0 : -EIO;
}

/* --- finding and setting up the devices ----------------------------------- */

static bool read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");
	bool ok;

	if (!f)
		return false;
	ok = fgets(buf, (int)len, f) != NULL;
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = 0;
	return ok;
}

/* The last path component of a sysfs link, e.g. the driver's name. */
static bool link_name(const char *path, char *buf, size_t len)
{
	char target[PATH_MAX];
	ssize_t n = readlink(path, target, sizeof(target) - 1);
	const char *slash;

	if (n < 0)
		return false;
	target[n] = 0;
	slash = strrchr(target, '/');
	return snprintf(buf, len, "%s", slash ? slash + 1 : target) < (int)len;
}

/* How many devices share @bdf's IOMMU group (0 if it has none). */
static int group_size(const char *bdf)
{
	char path[PATH_MAX], group[32];
	struct dirent *e;
	DIR *d;
	int n = 0;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group", bdf);
	if (!link_name(path, group, sizeof(group)))
		return 0;
	snprintf(path, sizeof(path), "/sys/kernel/iommu_groups/%s/devices", group);
	d = opendir(path);
	if (!d)
		return 0;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* An edu (1234:11e8) bound to @driver, into @bdf (empty on entry). */
static bool find_edu(const char *driver, char *bdf, size_t len)
{
	DIR *d = opendir("/sys/bus/pci/devices");
	struct dirent *e;
	bool found = false;
	char path[PATH_MAX], val[64], drv[64];

	if (!d)
		return false;
	*bdf = 0;
	while (!found && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vendor", e->d_name);
		if (!read_line(path, val, sizeof(val)) || strcmp(val, "0x1234"))
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device", e->d_name);
		if (!read_line(path, val, sizeof(val)) || strcmp(val, "0x11e8"))
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver", e->d_name);
		if (!link_name(path, drv, sizeof(drv)) || strcmp(drv, driver))
			continue;
		/* Take one alone in its IOMMU group if there is one. */
		found = group_size(e->d_name) == 1;
		if ((found || !*bdf) && snprintf(bdf, len, "%s", e->d_name) >= (int)len)
			*bdf = 0;
	}
	closedir(d);
	return *bdf != 0;
}

/* The attached device's IOMMU shows in the IOAS's ranges (aperture, MSI window). */
static void print_ranges(const struct path *p)
{
	struct iommu_iova_range ranges[8];
	uint32_t i, n = 8;
	uint64_t align = 0;
	int rc = ioasid_ioas_iova_ranges(p->fd, p->ioas, ranges, &n, &align);

	if (rc == -EMSGSIZE)
		n = 8;
	else if (rc)
		die("IOMMU_IOAS_IOVA_RANGES: %s", strerror(-rc));
	printf("# ioasid: IOAS %u usable IOVAs (alignment %" PRIu64 "):", p->ioas, align);
	for (i = 0; i < n; i++)
		printf(" [0x%" PRIx64 "-0x%" PRIx64 "]", (uint64_t)ranges[i].start,
		       (uint64_t)ranges[i].last);
	printf("\n");
}

static void setup_ioasid(struct path *p, const char *bdf, int *devfd)
{
	uint32_t devid, pt;
	int rc;

	p->name = "ioasid";
	p->map = ioasid_map;
	p->unmap = ioasid_unmap;
	p->fd = ioasid_open();
	if (p->fd < 0)
		die("ioasid_open: %s", strerror(-p->fd));
	rc = ioasid_ioas_alloc(p->fd, &p->ioas);
	if (rc)
		die("IOMMU_IOAS_ALLOC: %s", strerror(-rc));
	*devfd = ioasid_vfio_open_pci(bdf);
	if (*devfd < 0)
		die("open the VFIO cdev of %s: %s", bdf, strerror(-*devfd));
	rc = ioasid_vfio_bind(*devfd, p->fd, &devid);
	if (rc)
		die("VFIO_DEVICE_BIND_IOMMUFD %s: %s", bdf, strerror(-rc));
	pt = p->ioas;
	rc = ioasid_vfio_attach(*devfd, &pt);
	if (rc)
		die("VFIO_DEVICE_ATTACH_IOMMUFD_PT %s: %s", bdf, strerror(-rc));
	printf("# ioasid: %s (vfio-pci-ioasid) bound to /dev/ioasid, attached to IOAS %u (HWPT %u)\n",
	       bdf, p->ioas, pt);
	print_ranges(p);
}

/* An IOAS with no device attached: no IOMMU domain behind the mappings. */
static void setup_ioasid_detached(struct path *p, const struct path *attached)
{
	int rc;

	*p = *attached;
	p->name = "ioasid (no device)";
	rc = ioasid_ioas_alloc(p->fd, &p->ioas);
	if (rc)
		die("IOMMU_IOAS_ALLOC: %s", strerror(-rc));
}

static void setup_type1(struct path *p, const char *bdf, int *groupfd)
{
	char path[PATH_MAX], group[32];
	struct vfio_group_status st = { .argsz = sizeof(st) };
	int api;

	p->name = "type1";
	p->map = type1_map;
	p->unmap = type1_unmap;
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group", bdf);
	if (!link_name(path, group, sizeof(group)))
		die("%s: no IOMMU group: %s", bdf, strerror(errno));
	p->fd = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	if (p->fd < 0)
		die("open /dev/vfio/vfio: %s", strerror(errno));
	api = ioctl(p->fd, VFIO_GET_API_VERSION);
	if (api != VFIO_API_VERSION)
		die("VFIO_GET_API_VERSION: %d, expected %d", api, VFIO_API_VERSION);
	if (ioctl(p->fd, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) != 1)
		die("VFIO_CHECK_EXTENSION(VFIO_TYPE1v2_IOMMU): not supported "
		    "(is vfio_iommu_type1 loaded?)");
	snprintf(path, sizeof(path), "/dev/vfio/%s", group);
	*groupfd = open(path, O_RDWR | O_CLOEXEC);
	if (*groupfd < 0)
		die("open %s: %s", path, strerror(errno));
	if (ioctl(*groupfd, VFIO_GROUP_GET_STATUS, &st))
		die("VFIO_GROUP_GET_STATUS: %s", strerror(errno));
	if (!(st.flags & VFIO_GROUP_FLAGS_VIABLE))
		die("group %s is not viable (a device of it is bound to another driver)", group);
	if (ioctl(*groupfd, VFIO_GROUP_SET_CONTAINER, &p->fd))
		die("VFIO_GROUP_SET_CONTAINER: %s", strerror(errno));
	if (ioctl(p->fd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU))
		die("VFIO_SET_IOMMU(VFIO_TYPE1v2_IOMMU): %s", strerror(errno));
	printf("# type1:  %s (vfio-pci), group %s in a /dev/vfio/vfio container, VFIO_TYPE1v2_IOMMU\n",
	       bdf, group);
}

/* --- measuring ------------------------------------------------------------- */

/* One pass: map the region chunk by chunk, then unmap it chunk by chunk. */
static void pass(struct path *p, uint8_t *buf, const struct size_case *c,
		 uint64_t *map_ns, uint64_t *unmap_ns)
{
	uint64_t off, t0, t1, t2;
	int rc;

	t0 = now_ns();
	for (off = 0; off < c->region; off += c->chunk) {
		rc = p->map(p, buf + off, IOVA_BASE + off, c->chunk);
		if (rc)
			die("%s: map %" PRIu64 " bytes at IOVA 0x%" PRIx64 ": %s",
			    p->name, c->chunk, IOVA_BASE + off, strerror(-rc));
	}
	t1 = now_ns();
	for (off = 0; off < c->region; off += c->chunk) {
		rc = p->unmap(p, IOVA_BASE + off, c->chunk);
		if (rc)
			die("%s: unmap %" PRIu64 " bytes at IOVA 0x%" PRIx64 ": %s",
			    p->name, c->chunk, IOVA_BASE + off, strerror(-rc));
	}
	t2 = now_ns();
	*map_ns = t1 - t0;
	*unmap_ns = t2 - t1;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static uint64_t median(uint64_t *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_u64);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static const char *size_str(uint64_t b, char *buf, size_t len)
{
	if (b >= MiB)
		snprintf(buf, len, "%" PRIu64 " MiB", b / MiB);
	else
		snprintf(buf, len, "%" PRIu64 " KiB", b / KiB);
	return buf;
}

/* Median per-call time in microseconds. */
static double per_call_us(uint64_t ns, const struct size_case *c)
{
	return (double)ns / 1000.0 / (double)(c->region / c->chunk);
}

/*
 * What a call costs before it does anything: the syscall and each side's
 * dispatch, timed on an ioctl that only reads (IOMMU_OPTION get of
 * RLIMIT_MODE; VFIO_CHECK_EXTENSION on the container). Subtract it from a
 * 4 KiB map or unmap to see what the work itself costs.
 */
#define NULL_CALLS	1024

static void measure_call_floor(const struct path *io, const struct path *t1)
{
	uint64_t ti[MAX_REPS], tt[MAX_REPS], val, t0;
	int r, i, rc;

	for (r = -1; r < reps; r++) {	/* pass -1: warm-up */
		t0 = now_ns();
		for (i = 0; i < NULL_CALLS; i++) {
			rc = ioasid_option_get(io->fd, IOMMU_OPTION_RLIMIT_MODE,
					       0, &val);
			if (rc)
				die("IOMMU_OPTION get: %s", strerror(-rc));
		}
		if (r >= 0)
			ti[r] = now_ns() - t0;
		t0 = now_ns();
		for (i = 0; i < NULL_CALLS; i++)
			if (ioctl(t1->fd, VFIO_CHECK_EXTENSION,
				  VFIO_TYPE1v2_IOMMU) != 1)
				die("VFIO_CHECK_EXTENSION: %s", strerror(errno));
		if (r >= 0)
			tt[r] = now_ns() - t0;
	}
	printf("# call floor (an ioctl that only reads, median of %d x %d calls):"
	       " ioasid IOMMU_OPTION get %.2f us/call, type1 VFIO_CHECK_EXTENSION"
	       " %.2f us/call\n", reps, NULL_CALLS,
	       (double)median(ti, reps) / 1e3 / NULL_CALLS,
	       (double)median(tt, reps) / 1e3 / NULL_CALLS);
}

struct mem_kind {
	const char *name;
	int advice;		/* madvise() on the buffer */
};

static const struct mem_kind kinds[] = {
	{ "THP: MADV_HUGEPAGE, 2 MiB pages where the kernel has them", MADV_HUGEPAGE },
	{ "4 KiB pages: MADV_NOHUGEPAGE", MADV_NOHUGEPAGE },
};
#define NKINDS		(sizeof(kinds) / sizeof(kinds[0]))

/* One 2 MiB aligned anonymous buffer of BUF_LEN bytes, faulted in. */
static uint8_t *alloc_buf(const struct mem_kind *k)
{
	uint8_t *raw, *buf;

	raw = mmap(NULL, BUF_LEN + 2 * MiB, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		die("mmap %" PRIu64 " bytes: %s", BUF_LEN, strerror(errno));
	buf = (uint8_t *)(((uintptr_t)raw + 2 * MiB - 1) & ~(uintptr_t)(2 * MiB - 1));
	if (madvise(buf, BUF_LEN, k->advice))
		die("madvise: %s", strerror(errno));
	memset(buf, 0x5a, BUF_LEN);
	return buf;
}

/* AnonHugePages of this process, in KiB (from /proc/self/smaps_rollup). */
static long anon_huge_kib(void)
{
	char line[256];
	long kib = -1;
	FILE *f = fopen("/proc/self/smaps_rollup", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "AnonHugePages: %ld kB", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

struct times {
	uint64_t map[MAX_REPS], unmap[MAX_REPS];
};

static void print_row(const char *op, const struct size_case *c, uint64_t a,
		      uint64_t b, uint64_t nd)
{
	char chunk[32], region[32], calls[96];

	snprintf(calls, sizeof(calls), "%s x %" PRIu64 " = %s",
		 size_str(c->chunk, chunk, sizeof(chunk)), c->region / c->chunk,
		 size_str(c->region, region, sizeof(region)));
	printf("%-6s %-24s %9.1f %9.1f %9.1f %9.1f %7.2f | %9.1f %7.2f\n", op, calls,
	       a / 1e6, b / 1e6, per_call_us(a, c), per_call_us(b, c),
	       (double)a / (double)b, nd / 1e6, (double)nd / (double)b);
}

static void measure(const struct mem_kind *k, struct path *io, struct path *t1,
		    struct path *nodev)
{
	struct times ti[NCASES], tt[NCASES], tn[NCASES];
	uint64_t scratch[2];
	uint8_t *buf = alloc_buf(k);
	long huge = anon_huge_kib();
	size_t i;
	int r;

	for (i = 0; i < NCASES; i++) {
		const struct size_case *c = &cases[i];

		pass(io, buf, c, &scratch[0], &scratch[1]);
		pass(t1, buf, c, &scratch[0], &scratch[1]);
		pass(nodev, buf, c, &scratch[0], &scratch[1]);
		for (r = 0; r < reps; r++) {
			pass(io, buf, c, &ti[i].map[r], &ti[i].unmap[r]);
			pass(t1, buf, c, &tt[i].map[r], &tt[i].unmap[r]);
			pass(nodev, buf, c, &tn[i].map[r], &tn[i].unmap[r]);
		}
	}
	munmap(buf, BUF_LEN);

	printf("\n# memory: %s (AnonHugePages of the process: %ld KiB)\n", k->name, huge);
	printf("%-6s %-24s %9s %9s %9s %9s %7s | %9s %7s\n", "op", "chunk x calls = region",
	       "ioasid", "type1", "ioasid", "type1", "ratio", "no-dev", "ratio");
	printf("%-6s %-24s %9s %9s %9s %9s %7s | %9s %7s\n", "", "",
	       "ms", "ms", "us/call", "us/call", "io/t1", "ms", "nd/t1");
	for (i = 0; i < NCASES; i++)
		print_row("map", &cases[i], median(ti[i].map, reps),
			  median(tt[i].map, reps), median(tn[i].map, reps));
	for (i = 0; i < NCASES; i++)
		print_row("unmap", &cases[i], median(ti[i].unmap, reps),
			  median(tt[i].unmap, reps), median(tn[i].unmap, reps));
}

int main(int argc, char **argv)
{
	char ioasid_bdf[64], type1_bdf[64], thp[128];
	struct path io, t1, nodev;
	int devfd, groupfd;
	const char *env;
	uint64_t start;
	size_t k;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 3) {
		snprintf(ioasid_bdf, sizeof(ioasid_bdf), "%s", argv[1]);
		snprintf(type1_bdf, sizeof(type1_bdf), "%s", argv[2]);
	} else if (argc == 1) {
		if (!find_edu("vfio-pci-ioasid", ioasid_bdf, sizeof(ioasid_bdf)))
			die("no edu device bound to vfio-pci-ioasid");
		if (!find_edu("vfio-pci", type1_bdf, sizeof(type1_bdf)))
			die("no edu device bound to vfio-pci (the VM's bench job leaves one)");
	} else {
		fprintf(stderr, "usage: %s [IOASID_BDF TYPE1_BDF]\n", argv[0]);
		return 2;
	}
	env = getenv("MAP_BENCH_REPS");
	if (env && atoi(env) >= 1 && atoi(env) <= MAX_REPS)
		reps = atoi(env);
	if (!read_line("/sys/kernel/mm/transparent_hugepage/enabled", thp, sizeof(thp)))
		snprintf(thp, sizeof(thp), "unknown");

	setup_ioasid(&io, ioasid_bdf, &devfd);
	setup_type1(&t1, type1_bdf, &groupfd);
	setup_ioasid_detached(&nodev, &io);

	printf("# map_bench: DMA map/unmap cost, /dev/ioasid vs VFIO type1, same VM boot\n");
	printf("# memory: a %" PRIu64 " MiB anonymous buffer, 2 MiB aligned, faulted in by"
	       " writing before any timing; both paths map the same buffer read+write at"
	       " fixed IOVAs from 0x%" PRIx64 " (THP setting: %s)\n",
	       BUF_LEN / MiB, IOVA_BASE, thp);
	printf("# a pass maps the region chunk by chunk (MAP ioctls), then unmaps it chunk"
	       " by chunk (UNMAP ioctls); passes rotate ioasid, type1, no-dev;"
	       " 1 warm-up + %d timed passes each; CLOCK_MONOTONIC; median of the passes\n", reps);
	printf("# ioasid = IOMMU_IOAS_MAP/UNMAP on an IOAS with the edu attached (VT-d domain);"
	       " type1 = VFIO_IOMMU_MAP_DMA/UNMAP_DMA on the container;"
	       " no-dev = IOMMU_IOAS_MAP/UNMAP on an IOAS with no device (bookkeeping"
	       " only: nothing is pinned without a domain, as upstream)\n");
	printf("# %ld CPUs; a TCG guest: absolute times mean little, the ratios are the point"
	       " (ratio = ioasid/type1, lower is better)\n", sysconf(_SC_NPROCESSORS_ONLN));

	start = now_ns();
	measure_call_floor(&io, &t1);
	for (k = 0; k < NKINDS; k++)
		measure(&kinds[k], &io, &t1, &nodev);
	printf("\n# map_bench: measured in %.1f s; informational only, no thresholds\n",
	       (double)(now_ns() - start) / 1e9);

	close(groupfd);
	close(t1.fd);
	close(devfd);
	ioasid_close(io.fd);
	return 0;
}
