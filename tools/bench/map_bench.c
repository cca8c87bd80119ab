// SPDX-License-Identifier: GPL-2.0
/*
 * map_bench: what DMA mapping costs a VMM through /dev/ioasid, against VFIO
 * type1 and upstream iommufd measured in the same boot of the same kernel.
 *
 * Columns (paths), each on edu devices of its own, each alone in its IOMMU
 * group, so each maps into a real (emulated) VT-d domain:
 *   ioasid   IOMMU_IOAS_MAP/UNMAP on /dev/ioasid, devices bound to
 *            vfio-pci-ioasid;
 *   type1    VFIO_IOMMU_MAP_DMA/UNMAP_DMA on a /dev/vfio/vfio container
 *            (VFIO_TYPE1v2_IOMMU), devices bound to vfio-pci;
 *   iommufd  the same calls as ioasid on upstream's /dev/iommu, devices
 *            bound to vfio-pci (only on a kernel with iommufd: make bench
 *            boots the peer kernel for that);
 *   no-dev   IOMMU_IOAS_MAP/UNMAP on an IOAS with no device: the
 *            bookkeeping alone (nothing is pinned without a domain);
 *   floor    the test build's IOMMU_TEST_OP_MAP_FLOOR on the ioasid
 *            device: the same memory pinned and mapped straight into its
 *            domain, one iommu_map() per contiguous run, and unmapped,
 *            with no bookkeeping and no system call per chunk: a lower
 *            bound for every path (small-call and population rows).
 *
 * Rows:
 *   small calls   4 KiB and 64 KiB chunks over a few MiB, per call (us);
 *   population    guest RAM mapped as a VMM does at start: 1 GiB and 4 GiB,
 *                 in one call, in 1 GiB chunks and in 2 MiB chunks, on THP,
 *                 hugetlbfs 2 MiB pages and 4 KiB pages; unmapped the same
 *                 way; ms per GiB;
 *   vIOMMU        4 KiB map+unmap pairs at scattered IOVAs on an IOAS
 *                 holding 1 GiB, in pairs per second: one thread, two
 *                 threads on one IOAS, two threads on two IOAS;
 *   attach        a device attached to an IOAS that already holds 4 GiB,
 *                 then detached (the domain filled and cleared), ms;
 *   contention    the latency of thread B's 4 KiB maps (each followed by
 *                 its unmap) while thread A maps 4 GiB of 4 KiB pages in
 *                 one call into the same IOAS, against B alone: p50 and
 *                 p99, us (the whole distributions go to the JSON);
 *   memory        kernel memory (slab, vmalloc, IOMMU page tables: Slab,
 *                 VmallocUsed and SecPageTables of /proc/meminfo) that
 *                 holding 4 GiB mapped takes, KiB per GiB.
 *
 * Each measurement is one untimed warm-up pass and then REPS timed ones
 * (CLOCK_MONOTONIC), the paths taking turns; the median is reported with
 * the ratios ioasid/type1, ioasid/iommufd and ioasid/floor (lower is
 * better; the last one is at least 1). Every row
 * is also printed as one JSON object on a line starting with "#J " (make
 * bench collects them into build/bench/map_bench.json).
 *
 * Informational: the exit status is 0 unless a call failed or the devices
 * could not be set up (then 1).
 *
 * Devices: $IOASID_BENCH_IOASID, $IOASID_BENCH_TYPE1 and $IOASID_BENCH_IOMMUFD
 * each name one or two PCI addresses (the second one, when given, serves
 * the two-IOAS and attach rows); the test VM's /init sets them. Without
 * them an edu bound to vfio-pci-ioasid and one bound to vfio-pci are looked
 * for. MAP_BENCH_REPS=N (1..16) changes the number of passes,
 * MAP_BENCH_GIB=N (1..4) the largest population size, and MAP_BENCH_ROWS
 * (a comma-separated list of small, population, viommu, attach,
 * contention, memory; default all) which sections run. In the test VM,
 * VM_APPEND="MAP_BENCH_ROWS=small" make bench passes them on.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <linux/vfio.h>
#include "libioasid.h"
#include "ioasidfd_test.h"

#define KiB		((uint64_t)1024)
#define MiB		(1024 * KiB)
#define GiB		(1024 * MiB)
#define MAX_REPS	16
/* Clear of the MSI window at 0xfee00000 and below a 39-bit aperture. */
#define IOVA_BASE	((uint64_t)0x100000000)
/* Where the vIOMMU rows map their 4 KiB pages: above the populated GiBs. */
#define IOVA_SCATTER	((uint64_t)0x2000000000)
#define SCATTER_SPAN	(4 * GiB)

static int reps = 5;
static int max_gib = 4;
static const char *rows_wanted;

/* Is section @name asked for (MAP_BENCH_ROWS)? */
static bool want(const char *name)
{
	const char *p = rows_wanted;
	size_t len = strlen(name);

	if (!p || !*p)
		return true;
	while (p) {
		if (!strncmp(p, name, len) && (p[len] == ',' || !p[len]))
			return true;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return false;
}

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

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static uint64_t median(const uint64_t *v, int n)
{
	uint64_t s[MAX_REPS];

	memcpy(s, v, sizeof(*v) * (size_t)n);
	qsort(s, (size_t)n, sizeof(*s), cmp_u64);
	return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* --- the paths -------------------------------------------------------------- */

enum { P_IOASID, P_TYPE1, P_IOMMUFD, P_NODEV, P_FLOOR, NPATHS };

/*
 * One address space of a path: an IOAS of a /dev/ioasid or /dev/iommu
 * context, or a type1 container. @dev is the device attached to it (none
 * for no-dev).
 */
struct space {
	int fd;
	uint32_t ioas;
	int devfd;		/* VFIO device (cdev) or group fd, or -1 */
	uint32_t devid;		/* the device's ID in @fd (uAPI paths) */
	char bdf[32];
};

struct path {
	const char *name;
	bool present;
	bool uapi;		/* the iommufd uAPI (ioasid, iommufd, no-dev) */
	struct space sp[2];	/* [1]: the two-IOAS and attach rows, when set up */
	bool have_second;
};

static struct path paths[NPATHS] = {
	[P_IOASID] = { .name = "ioasid", .uapi = true },
	[P_TYPE1] = { .name = "type1" },
	[P_IOMMUFD] = { .name = "iommufd", .uapi = true },
	[P_NODEV] = { .name = "no-dev", .uapi = true },
	[P_FLOOR] = { .name = "floor" },
};

static int space_map(const struct path *p, const struct space *s, void *va,
		     uint64_t iova, uint64_t len)
{
	if (p->uapi) {
		uint64_t at = iova;

		return ioasid_ioas_map(s->fd, s->ioas, va, len, &at,
				       IOMMU_IOAS_MAP_FIXED_IOVA |
				       IOMMU_IOAS_MAP_READABLE |
				       IOMMU_IOAS_MAP_WRITEABLE);
	} else {
		struct vfio_iommu_type1_dma_map m = {
			.argsz = sizeof(m),
			.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
			.vaddr = (uintptr_t)va,
			.iova = iova,
			.size = len,
		};

		return ioctl(s->fd, VFIO_IOMMU_MAP_DMA, &m) ? -errno : 0;
	}
}

static int space_unmap(const struct path *p, const struct space *s,
		       uint64_t iova, uint64_t len)
{
	if (p->uapi) {
		uint64_t done = 0;
		int rc = ioasid_ioas_unmap(s->fd, s->ioas, iova, len, &done);

		return !rc && done != len ? -EIO : rc;
	} else {
		struct vfio_iommu_type1_dma_unmap u = {
			.argsz = sizeof(u),
			.iova = iova,
			.size = len,
		};

		if (ioctl(s->fd, VFIO_IOMMU_UNMAP_DMA, &u))
			return -errno;
		return u.size == len ? 0 : -EIO;
	}
}

static void must_map(const struct path *p, const struct space *s, void *va,
		     uint64_t iova, uint64_t len)
{
	int rc = space_map(p, s, va, iova, len);

	if (rc)
		die("%s: map %" PRIu64 " bytes at IOVA 0x%" PRIx64 ": %s",
		    p->name, len, iova, strerror(-rc));
}

static void must_unmap(const struct path *p, const struct space *s,
		       uint64_t iova, uint64_t len)
{
	int rc = space_unmap(p, s, iova, len);

	if (rc)
		die("%s: unmap %" PRIu64 " bytes at IOVA 0x%" PRIx64 ": %s",
		    p->name, len, iova, strerror(-rc));
}

/* --- finding and setting up the devices -------------------------------------- */

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

static bool write_str(const char *path, const char *val)
{
	FILE *f = fopen(path, "w");
	bool ok;

	if (!f)
		return false;
	ok = fputs(val, f) >= 0;
	return fclose(f) == 0 && ok;
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

/* Up to two PCI addresses from $@var, into @a and @b (char[32]; empty if none). */
static void bench_devices(const char *var, char a[32], char b[32])
{
	const char *v = getenv(var);

	*a = *b = 0;
	if (v && sscanf(v, "%31s %31s", a, b) < 1)
		*a = 0;
}

/* An IOAS on @fd with @bdf's VFIO cdev bound to @fd and attached to it. */
static void setup_uapi_space(const struct path *p, struct space *s, int fd,
			     const char *bdf)
{
	uint32_t pt;
	int rc;

	s->fd = fd;
	s->devfd = -1;
	rc = ioasid_ioas_alloc(fd, &s->ioas);
	if (rc)
		die("%s: IOMMU_IOAS_ALLOC: %s", p->name, strerror(-rc));
	if (!bdf)
		return;
	snprintf(s->bdf, sizeof(s->bdf), "%s", bdf);
	s->devfd = ioasid_vfio_open_pci(bdf);
	if (s->devfd < 0)
		die("%s: open the VFIO cdev of %s: %s", p->name, bdf, strerror(-s->devfd));
	rc = ioasid_vfio_bind(s->devfd, fd, &s->devid);
	if (rc)
		die("%s: VFIO_DEVICE_BIND_IOMMUFD %s: %s", p->name, bdf, strerror(-rc));
	pt = s->ioas;
	rc = ioasid_vfio_attach(s->devfd, &pt);
	if (rc)
		die("%s: VFIO_DEVICE_ATTACH_IOMMUFD_PT %s: %s", p->name, bdf, strerror(-rc));
	printf("# %-8s %s bound to %s, attached to IOAS %u (HWPT %u)\n", p->name,
	       bdf, p - paths == P_IOMMUFD ? "/dev/iommu" : "/dev/ioasid",
	       s->ioas, pt);
}

/* A uAPI path on @fd: an IOAS with @a attached, and one with @b if given. */
static void setup_uapi_path(struct path *p, int fd, const char *a, const char *b)
{
	setup_uapi_space(p, &p->sp[0], fd, a);
	if (b && *b) {
		setup_uapi_space(p, &p->sp[1], fd, b);
		p->have_second = true;
	}
	p->present = true;
}

/* A /dev/vfio/vfio container with @bdf's group in it, VFIO_TYPE1v2_IOMMU. */
static void setup_type1_space(const struct path *p, struct space *s,
			      const char *bdf)
{
	char path[PATH_MAX], group[32];
	struct vfio_group_status st = { .argsz = sizeof(st) };

	snprintf(s->bdf, sizeof(s->bdf), "%s", bdf);
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group", bdf);
	if (!link_name(path, group, sizeof(group)))
		die("%s: %s: no IOMMU group: %s", p->name, bdf, strerror(errno));
	s->fd = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	if (s->fd < 0)
		die("open /dev/vfio/vfio: %s", strerror(errno));
	if (ioctl(s->fd, VFIO_GET_API_VERSION) != VFIO_API_VERSION)
		die("VFIO_GET_API_VERSION: not %d", VFIO_API_VERSION);
	if (ioctl(s->fd, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) != 1)
		die("VFIO_CHECK_EXTENSION(VFIO_TYPE1v2_IOMMU): not supported");
	snprintf(path, sizeof(path), "/dev/vfio/%s", group);
	s->devfd = open(path, O_RDWR | O_CLOEXEC);
	if (s->devfd < 0)
		die("open %s: %s", path, strerror(errno));
	if (ioctl(s->devfd, VFIO_GROUP_GET_STATUS, &st))
		die("VFIO_GROUP_GET_STATUS: %s", strerror(errno));
	if (!(st.flags & VFIO_GROUP_FLAGS_VIABLE))
		die("group %s is not viable", group);
	if (ioctl(s->devfd, VFIO_GROUP_SET_CONTAINER, &s->fd))
		die("VFIO_GROUP_SET_CONTAINER: %s", strerror(errno));
	if (ioctl(s->fd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU))
		die("VFIO_SET_IOMMU(VFIO_TYPE1v2_IOMMU): %s", strerror(errno));
	printf("# %-8s %s, group %s in a /dev/vfio/vfio container (VFIO_TYPE1v2_IOMMU)\n",
	       p->name, bdf, group);
}

static void setup_paths(void)
{
	char a[32], b[32];
	struct path *p;
	int fd;

	/* ioasid */
	bench_devices("IOASID_BENCH_IOASID", a, b);
	if (!*a && !find_edu("vfio-pci-ioasid", a, sizeof(a)))
		die("no edu device bound to vfio-pci-ioasid");
	fd = ioasid_open();
	if (fd < 0)
		die("ioasid_open: %s", strerror(-fd));
	setup_uapi_path(&paths[P_IOASID], fd, a, b);

	/* no-dev: an IOAS of the same context with nothing attached */
	setup_uapi_path(&paths[P_NODEV], fd, NULL, NULL);

	/* floor: the ioasid device's domain, through the test build's op */
	p = &paths[P_FLOOR];
	p->sp[0] = paths[P_IOASID].sp[0];
	p->present = true;

	/* type1 */
	p = &paths[P_TYPE1];
	bench_devices("IOASID_BENCH_TYPE1", a, b);
	if (!*a && !find_edu("vfio-pci", a, sizeof(a)))
		die("no edu device bound to vfio-pci (the VM's bench job leaves one)");
	setup_type1_space(p, &p->sp[0], a);
	if (*b) {
		setup_type1_space(p, &p->sp[1], b);
		p->have_second = true;
	}
	p->present = true;

	/* iommufd: only where /dev/iommu is upstream's (the peer kernel) */
	p = &paths[P_IOMMUFD];
	bench_devices("IOASID_BENCH_IOMMUFD", a, b);
	if (!*a) {
		printf("# %-8s not measured: no $IOASID_BENCH_IOMMUFD (upstream iommufd"
		       " is on the peer kernel of make bench)\n", p->name);
		return;
	}
	fd = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	if (fd < 0)
		die("open /dev/iommu: %s", strerror(errno));
	setup_uapi_path(p, fd, a, b);
}

/* --- memory ------------------------------------------------------------------- */

enum mem_kind { MEM_THP, MEM_HUGETLB, MEM_4K, NMEM };

static const char *const mem_names[NMEM] = {
	[MEM_THP] = "THP",
	[MEM_HUGETLB] = "hugetlb-2M",
	[MEM_4K] = "4K",
};

/* @len bytes of anonymous memory of @kind, 2 MiB aligned, faulted in. */
static uint8_t *alloc_mem(enum mem_kind kind, uint64_t len)
{
	uint8_t *raw, *buf;

	if (kind == MEM_HUGETLB) {
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB |
			   (21 << MAP_HUGE_SHIFT), -1, 0);
		if (buf == MAP_FAILED)
			return NULL;
	} else {
		raw = mmap(NULL, len + 2 * MiB, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (raw == MAP_FAILED)
			die("mmap %" PRIu64 " bytes: %s", len, strerror(errno));
		buf = (uint8_t *)(((uintptr_t)raw + 2 * MiB - 1) &
				  ~(uintptr_t)(2 * MiB - 1));
		if (madvise(buf, len, kind == MEM_THP ? MADV_HUGEPAGE :
			    MADV_NOHUGEPAGE))
			die("madvise: %s", strerror(errno));
	}
	memset(buf, 0x5a, len);
	return buf;
}

static void free_mem(enum mem_kind kind, uint8_t *buf, uint64_t len)
{
	if (kind == MEM_HUGETLB)
		munmap(buf, len);
	else
		munmap(buf, len + 2 * MiB);	/* covers the aligned part */
}

/* Ask for @n 2 MiB hugetlb pages; returns how many the kernel has. */
static long set_hugepages(long n)
{
	char val[32];

	snprintf(val, sizeof(val), "%ld", n);
	if (!write_str("/proc/sys/vm/nr_hugepages", val) ||
	    !read_line("/proc/sys/vm/nr_hugepages", val, sizeof(val)))
		return 0;
	return atol(val);
}

/* --- output ------------------------------------------------------------------- */

static double ratio(uint64_t a, uint64_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

/* A value, or "-" for a path that is not measured. */
static void put(char *buf, size_t len, bool have, const char *fmt, double v)
{
	if (have)
		snprintf(buf, len, fmt, v);
	else
		snprintf(buf, len, "-");
}

/*
 * One row: @ns[path] the median time of each path (0: not measured), shown
 * as @per divided into it (ms per GiB, us per call, ...); ratios of ioasid
 * against type1 and iommufd. The JSON line carries the raw medians.
 */
static void print_row(const char *section, const char *label, const char *unit,
		      double per, const uint64_t ns[NPATHS], bool rate)
{
	char col[NPATHS][24], r1[16], r2[16], r3[16];
	int i;

	for (i = 0; i < NPATHS; i++) {
		double v = rate ? per / ((double)ns[i] / 1e9) : (double)ns[i] / per;

		put(col[i], sizeof(col[i]), ns[i] != 0, "%.1f", v);
	}
	put(r1, sizeof(r1), ns[P_TYPE1] && ns[P_IOASID], "%.2f",
	    ratio(ns[P_IOASID], ns[P_TYPE1]));
	put(r2, sizeof(r2), ns[P_IOMMUFD] && ns[P_IOASID], "%.2f",
	    ratio(ns[P_IOASID], ns[P_IOMMUFD]));
	put(r3, sizeof(r3), ns[P_FLOOR] && ns[P_IOASID], "%.2f",
	    ratio(ns[P_IOASID], ns[P_FLOOR]));
	printf("%-38s %9s %9s %9s %9s %9s %6s %6s %6s  %s\n", label,
	       col[P_IOASID], col[P_TYPE1], col[P_IOMMUFD], col[P_NODEV],
	       col[P_FLOOR], r1, r2, r3, unit);
	/* Raw values: medians in ns; the memory rows' are KiB. */
	printf("#J {\"section\":\"%s\",\"row\":\"%s\",\"unit\":\"%s\",\"per\":%.6g,"
	       "\"raw_unit\":\"%s\"", section, label, unit, per,
	       strcmp(section, "memory") ? "ns" : "KiB");
	for (i = 0; i < NPATHS; i++)
		if (ns[i])
			printf(",\"%s\":%" PRIu64, paths[i].name, ns[i]);
	printf("}\n");
}

static void print_header(const char *title)
{
	printf("\n# %s\n", title);
	printf("%-38s %9s %9s %9s %9s %9s %6s %6s %6s\n", "", "ioasid", "type1",
	       "iommufd", "no-dev", "floor", "io/t1", "io/ufd", "io/fl");
}

/* --- small calls and population ------------------------------------------------ */

struct size_case {
	uint64_t chunk;		/* bytes per call */
	uint64_t region;	/* bytes mapped per pass */
};

/* The floor of @c: one IOMMU_TEST_OP_MAP_FLOOR, timed in the kernel. */
static void floor_pass(const struct space *s, uint8_t *buf,
		       const struct size_case *c, uint64_t *map_ns,
		       uint64_t *unmap_ns)
{
	struct iommu_test_cmd cmd = {
		.size = sizeof(cmd),
		.op = IOMMU_TEST_OP_MAP_FLOOR,
		.map_floor = {
			.dev_id = s->devid,
			.chunk_pages = (uint32_t)(c->chunk / (4 * KiB)),
			.uptr = (uintptr_t)buf,
			.iova = IOVA_BASE,
			.length = c->region,
		},
	};

	if (ioctl(s->fd, IOMMU_TEST_CMD, &cmd))
		die("floor: IOMMU_TEST_OP_MAP_FLOOR of %" PRIu64 " bytes: %s"
		    " (a test build of ioasidfd.ko is needed)", c->region,
		    strerror(errno));
	*map_ns = cmd.map_floor.out_map_ns;
	*unmap_ns = cmd.map_floor.out_unmap_ns;
}

/* Map @c->region chunk by chunk, then unmap it chunk by chunk. */
static void pass(const struct path *p, uint8_t *buf, const struct size_case *c,
		 uint64_t *map_ns, uint64_t *unmap_ns)
{
	const struct space *s = &p->sp[0];
	uint64_t off, t0, t1, t2;

	if (p == &paths[P_FLOOR]) {
		floor_pass(s, buf, c, map_ns, unmap_ns);
		return;
	}
	t0 = now_ns();
	for (off = 0; off < c->region; off += c->chunk)
		must_map(p, s, buf + off, IOVA_BASE + off, c->chunk);
	t1 = now_ns();
	for (off = 0; off < c->region; off += c->chunk)
		must_unmap(p, s, IOVA_BASE + off, c->chunk);
	t2 = now_ns();
	*map_ns = t1 - t0;
	*unmap_ns = t2 - t1;
}

/* The medians of every present path for @c, into @map and @unmap. */
static void measure_case(uint8_t *buf, const struct size_case *c,
			 uint64_t map[NPATHS], uint64_t unmap[NPATHS])
{
	uint64_t tm[NPATHS][MAX_REPS], tu[NPATHS][MAX_REPS], x, y;
	int r, i;

	for (r = -1; r < reps; r++)	/* r == -1: the warm-up pass */
		for (i = 0; i < NPATHS; i++) {
			if (!paths[i].present)
				continue;
			pass(&paths[i], buf, c, r < 0 ? &x : &tm[i][r],
			     r < 0 ? &y : &tu[i][r]);
		}
	for (i = 0; i < NPATHS; i++) {
		map[i] = paths[i].present ? median(tm[i], reps) : 0;
		unmap[i] = paths[i].present ? median(tu[i], reps) : 0;
	}
}

static const char *size_str(uint64_t b, char *buf, size_t len)
{
	if (b >= GiB)
		snprintf(buf, len, "%" PRIu64 "G", b / GiB);
	else if (b >= MiB)
		snprintf(buf, len, "%" PRIu64 "M", b / MiB);
	else
		snprintf(buf, len, "%" PRIu64 "K", b / KiB);
	return buf;
}

static void case_label(char *buf, size_t len, const char *op, const char *mem,
		       const struct size_case *c)
{
	char a[16], b[16];

	snprintf(buf, len, "%s %s %s x %" PRIu64 " = %s", op, mem,
		 size_str(c->chunk, a, sizeof(a)), c->region / c->chunk,
		 size_str(c->region, b, sizeof(b)));
}

static void small_calls(void)
{
	static const struct size_case cases[] = {
		{ 4 * KiB, 4 * MiB },
		{ 64 * KiB, 16 * MiB },
	};
	uint64_t map[NPATHS], unmap[NPATHS];
	uint8_t *buf = alloc_mem(MEM_4K, 16 * MiB);
	char label[64];
	size_t i;

	print_header("small calls: 4 KiB pages, us per call");
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double calls = (double)(cases[i].region / cases[i].chunk);

		measure_case(buf, &cases[i], map, unmap);
		case_label(label, sizeof(label), "map", "4K", &cases[i]);
		print_row("small", label, "us/call", calls * 1e3, map, false);
		case_label(label, sizeof(label), "unmap", "4K", &cases[i]);
		print_row("small", label, "us/call", calls * 1e3, unmap, false);
	}
	free_mem(MEM_4K, buf, 16 * MiB);
}

/* One kind of memory: every population case up to max_gib GiB. */
static void population(enum mem_kind kind)
{
	const struct size_case cases[] = {
		{ GiB, GiB },
		{ 2 * MiB, GiB },
		{ (uint64_t)max_gib * GiB, (uint64_t)max_gib * GiB },
		{ GiB, (uint64_t)max_gib * GiB },
		{ 2 * MiB, (uint64_t)max_gib * GiB },
	};
	uint64_t len = (uint64_t)max_gib * GiB, map[NPATHS], unmap[NPATHS];
	size_t n = max_gib > 1 ? 5 : 2, i;
	char label[64], title[96];
	uint8_t *buf;

	buf = alloc_mem(kind, len);
	if (!buf) {
		printf("\n# population, %s: not measured (%s)\n", mem_names[kind],
		       strerror(errno));
		return;
	}
	snprintf(title, sizeof(title), "population, %s memory: ms per GiB",
		 mem_names[kind]);
	print_header(title);
	for (i = 0; i < n; i++) {
		double gib = (double)cases[i].region / (double)GiB;

		measure_case(buf, &cases[i], map, unmap);
		case_label(label, sizeof(label), "map", mem_names[kind], &cases[i]);
		print_row("population", label, "ms/GiB", gib * 1e6, map, false);
		case_label(label, sizeof(label), "unmap", mem_names[kind], &cases[i]);
		print_row("population", label, "ms/GiB", gib * 1e6, unmap, false);
	}
	free_mem(kind, buf, len);
}

/* --- vIOMMU traffic ------------------------------------------------------------ */

#define PAIRS		2048	/* per thread per pass */
#define SCATTER_PAGES	4096	/* 16 MiB of 4 KiB pages to map from */

struct traffic {
	const struct path *p;
	const struct space *s;
	uint8_t *pages;
	uint64_t iova_base;	/* this thread's quarter of the scatter span */
	unsigned int seed;
	uint64_t ns;
};

static void *traffic_thread(void *arg)
{
	struct traffic *t = arg;
	uint64_t t0 = now_ns(), iova;
	unsigned int seed = t->seed;
	int i;

	for (i = 0; i < PAIRS; i++) {
		uint8_t *va = t->pages + (uint64_t)(rand_r(&seed) % SCATTER_PAGES) * 4 * KiB;

		iova = t->iova_base + (uint64_t)(rand_r(&seed) % (SCATTER_SPAN / 4 / (4 * KiB))) *
			4 * KiB;
		must_map(t->p, t->s, va, iova, 4 * KiB);
		must_unmap(t->p, t->s, iova, 4 * KiB);
	}
	t->ns = now_ns() - t0;
	return NULL;
}

/* @nthreads threads of pairs on @p; on two spaces when @two. */
static uint64_t traffic_pass(const struct path *p, uint8_t *pages, int nthreads,
			     bool two, unsigned int seed)
{
	struct traffic t[2];
	pthread_t th[2];
	uint64_t t0 = now_ns();
	int i;

	for (i = 0; i < nthreads; i++) {
		t[i] = (struct traffic){
			.p = p, .s = &p->sp[two ? i : 0], .pages = pages,
			.iova_base = IOVA_SCATTER + (uint64_t)i * (SCATTER_SPAN / 4),
			.seed = seed + (unsigned int)i,
		};
		if (pthread_create(&th[i], NULL, traffic_thread, &t[i]))
			die("pthread_create");
	}
	for (i = 0; i < nthreads; i++)
		pthread_join(th[i], NULL);
	return now_ns() - t0;
}

static void viommu(void)
{
	static const struct { const char *label; int threads; bool two; } rows[] = {
		{ "4K map+unmap pairs, 1 thread", 1, false },
		{ "4K map+unmap pairs, 2 threads, 1 IOAS", 2, false },
		{ "4K map+unmap pairs, 2 threads, 2 IOAS", 2, true },
	};
	uint64_t t[NPATHS][MAX_REPS], med[NPATHS], x;
	uint8_t *ram = alloc_mem(MEM_THP, GiB), *pages = alloc_mem(MEM_4K, 16 * MiB);
	size_t row;
	int r, i, j;

	/* Each attached space holds 1 GiB of "guest RAM" meanwhile. */
	for (i = 0; i < P_FLOOR; i++)
		for (j = 0; j < 2 && paths[i].present; j++)
			if (j == 0 || paths[i].have_second)
				must_map(&paths[i], &paths[i].sp[j], ram, IOVA_BASE, GiB);
	print_header("vIOMMU: 4 KiB map+unmap pairs at scattered IOVAs, IOAS holding 1 GiB; pairs per second");
	for (row = 0; row < sizeof(rows) / sizeof(rows[0]); row++) {
		for (r = -1; r < reps; r++)
			for (i = 0; i < NPATHS; i++) {
				const struct path *p = &paths[i];

				if (!p->present || i == P_FLOOR ||
				    (rows[row].two && !p->have_second))
					continue;
				x = traffic_pass(p, pages, rows[row].threads,
						 rows[row].two, (unsigned int)r * 7 + 1);
				if (r >= 0)
					t[i][r] = x;
			}
		for (i = 0; i < NPATHS; i++)
			med[i] = paths[i].present && i != P_FLOOR &&
				 (!rows[row].two || paths[i].have_second) ?
				 median(t[i], reps) : 0;
		print_row("viommu", rows[row].label, "pairs/s",
			  (double)PAIRS * rows[row].threads, med, true);
	}
	for (i = 0; i < P_FLOOR; i++)
		for (j = 0; j < 2 && paths[i].present; j++)
			if (j == 0 || paths[i].have_second)
				must_unmap(&paths[i], &paths[i].sp[j], IOVA_BASE, GiB);
	free_mem(MEM_THP, ram, GiB);
	free_mem(MEM_4K, pages, 16 * MiB);
}

/* --- attach to a populated IOAS ------------------------------------------------- */

/*
 * The second device of @p, detached from its own IOAS, attached to a fresh
 * IOAS holding @len of @buf (the domain filled: pinning and mapping it),
 * then detached (cleared) and put back. Times in @att and @det.
 */
static void attach_pass(struct path *p, uint8_t *buf, uint64_t len,
			uint64_t *att, uint64_t *det)
{
	struct space *s = &p->sp[1];
	uint32_t ioas, pt;
	uint64_t t0, t1, t2;
	int rc;

	rc = ioasid_ioas_alloc(s->fd, &ioas);
	if (rc)
		die("%s: IOMMU_IOAS_ALLOC: %s", p->name, strerror(-rc));
	{
		uint64_t at = IOVA_BASE;

		rc = ioasid_ioas_map(s->fd, ioas, buf, len, &at,
				     IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE |
				     IOMMU_IOAS_MAP_WRITEABLE);
		if (rc)
			die("%s: populate: %s", p->name, strerror(-rc));
	}
	rc = ioasid_vfio_detach(s->devfd);
	if (rc)
		die("%s: detach: %s", p->name, strerror(-rc));
	pt = ioas;
	t0 = now_ns();
	rc = ioasid_vfio_attach(s->devfd, &pt);
	t1 = now_ns();
	if (rc)
		die("%s: attach to a populated IOAS: %s", p->name, strerror(-rc));
	rc = ioasid_vfio_detach(s->devfd);
	t2 = now_ns();
	if (rc)
		die("%s: detach from a populated IOAS: %s", p->name, strerror(-rc));
	pt = s->ioas;
	rc = ioasid_vfio_attach(s->devfd, &pt);
	if (rc)
		die("%s: attach back: %s", p->name, strerror(-rc));
	rc = ioasid_destroy(s->fd, ioas);
	if (rc)
		die("%s: IOMMU_DESTROY of the populated IOAS: %s", p->name, strerror(-rc));
	*att = t1 - t0;
	*det = t2 - t1;
}

static void attach(enum mem_kind kind)
{
	uint64_t len = (uint64_t)max_gib * GiB;
	uint64_t ta[NPATHS][MAX_REPS], td[NPATHS][MAX_REPS], ma[NPATHS], md[NPATHS], x, y;
	uint8_t *buf = alloc_mem(kind, len);
	char label[64], title[96];
	int r, i;

	if (!buf)
		return;
	snprintf(title, sizeof(title),
		 "attach: a device to an IOAS holding %d GiB of %s memory, then detach; ms",
		 max_gib, mem_names[kind]);
	print_header(title);
	for (r = -1; r < reps; r++)
		for (i = 0; i < NPATHS; i++) {
			struct path *p = &paths[i];

			if (!p->present || !p->uapi || !p->have_second)
				continue;
			attach_pass(p, buf, len, r < 0 ? &x : &ta[i][r], r < 0 ? &y : &td[i][r]);
		}
	for (i = 0; i < NPATHS; i++) {
		bool have = paths[i].present && paths[i].uapi && paths[i].have_second;

		ma[i] = have ? median(ta[i], reps) : 0;
		md[i] = have ? median(td[i], reps) : 0;
	}
	snprintf(label, sizeof(label), "attach, %s, %d GiB", mem_names[kind], max_gib);
	print_row("attach", label, "ms", 1e6, ma, false);
	snprintf(label, sizeof(label), "detach, %s, %d GiB", mem_names[kind], max_gib);
	print_row("attach", label, "ms", 1e6, md, false);
	free_mem(kind, buf, len);
}

/* --- contention --------------------------------------------------------------- */

#define B_CALLS		32768	/* B's map+unmap pairs per run, at most */

struct mapper_a {
	const struct path *p;
	uint8_t *buf;
	uint64_t len;
	volatile int started, done;
};

static void *mapper_a_thread(void *arg)
{
	struct mapper_a *a = arg;

	a->started = 1;
	must_map(a->p, &a->p->sp[0], a->buf, IOVA_BASE, a->len);
	a->done = 1;
	return NULL;
}

/*
 * B's map latencies (ns) into @lat: while @a maps (when not NULL: until
 * it is done, at least 16 calls), else B_CALLS of them. Returns how many.
 */
static int mapper_b(const struct path *p, uint8_t *pages, struct mapper_a *a,
		    uint64_t *lat)
{
	uint64_t iova, t0;
	unsigned int seed = 12345;
	int n;

	for (n = 0; n < B_CALLS; n++) {
		if (a && a->done && n >= 16)
			break;
		iova = IOVA_SCATTER + (uint64_t)(rand_r(&seed) % (SCATTER_SPAN / (4 * KiB))) *
			4 * KiB;
		t0 = now_ns();
		must_map(p, &p->sp[0], pages + (uint64_t)(n % SCATTER_PAGES) * 4 * KiB,
			 iova, 4 * KiB);
		lat[n] = now_ns() - t0;
		must_unmap(p, &p->sp[0], iova, 4 * KiB);
	}
	return n;
}

static uint64_t percentile(uint64_t *sorted, int n, double pct)
{
	int i = (int)(pct / 100.0 * (n - 1) + 0.5);

	return sorted[i < n ? i : n - 1];
}

/* The whole distribution, for the plot: percentiles 0..100 in steps. */
static void print_dist(const char *pathname, const char *which, uint64_t *lat, int n)
{
	static const double pcts[] = { 0, 10, 25, 50, 75, 90, 95, 99, 99.9, 100 };
	size_t i;

	printf("#J {\"section\":\"latency\",\"path\":\"%s\",\"case\":\"%s\","
	       "\"calls\":%d,\"percentiles_ns\":{", pathname, which, n);
	for (i = 0; i < sizeof(pcts) / sizeof(pcts[0]); i++)
		printf("%s\"%g\":%" PRIu64, i ? "," : "", pcts[i],
		       percentile(lat, n, pcts[i]));
	printf("}}\n");
}

static void contention(void)
{
	static uint64_t lat[B_CALLS];
	uint64_t len = (uint64_t)max_gib * GiB;
	uint64_t p50a[NPATHS] = { 0 }, p99a[NPATHS] = { 0 };
	uint64_t p50u[NPATHS] = { 0 }, p99u[NPATHS] = { 0 };
	uint8_t *buf = alloc_mem(MEM_4K, len), *pages = alloc_mem(MEM_4K, 16 * MiB);
	char label[96];
	pthread_t th;
	int i, n;

	print_header("contention: B's 4 KiB map latency, alone and while A maps"
		     " 4 GiB of 4 KiB pages into the same IOAS; us");
	for (i = 0; i < P_FLOOR; i++) {
		const struct path *p = &paths[i];
		struct mapper_a a = { .p = p, .buf = buf, .len = len };

		if (!p->present || i == P_NODEV)
			continue;
		mapper_b(p, pages, NULL, lat);	/* warm-up */
		n = mapper_b(p, pages, NULL, lat);
		qsort(lat, (size_t)n, sizeof(*lat), cmp_u64);
		p50a[i] = percentile(lat, n, 50);
		p99a[i] = percentile(lat, n, 99);
		print_dist(p->name, "alone", lat, n);

		if (pthread_create(&th, NULL, mapper_a_thread, &a))
			die("pthread_create");
		while (!a.started)
			;
		n = mapper_b(p, pages, &a, lat);
		pthread_join(th, NULL);
		must_unmap(p, &p->sp[0], IOVA_BASE, len);
		qsort(lat, (size_t)n, sizeof(*lat), cmp_u64);
		p50u[i] = percentile(lat, n, 50);
		p99u[i] = percentile(lat, n, 99);
		print_dist(p->name, "under A", lat, n);
	}
	print_row("contention", "B p50, alone", "us", 1e3, p50a, false);
	snprintf(label, sizeof(label), "B p50, A mapping %d GiB", max_gib);
	print_row("contention", label, "us", 1e3, p50u, false);
	print_row("contention", "B p99, alone", "us", 1e3, p99a, false);
	snprintf(label, sizeof(label), "B p99, A mapping %d GiB", max_gib);
	print_row("contention", label, "us", 1e3, p99u, false);
	free_mem(MEM_4K, buf, len);
	free_mem(MEM_4K, pages, 16 * MiB);
}

/* --- kernel memory ------------------------------------------------------------- */

/* Slab + VmallocUsed + SecPageTables of /proc/meminfo, in KiB. */
static long kernel_kib(void)
{
	static const char *const keys[] = { "Slab:", "VmallocUsed:", "SecPageTables:" };
	char line[256];
	long total = 0, v;
	size_t i;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		die("/proc/meminfo: %s", strerror(errno));
	while (fgets(line, sizeof(line), f))
		for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			if (!strncmp(line, keys[i], strlen(keys[i])) &&
			    sscanf(line + strlen(keys[i]), "%ld", &v) == 1)
				total += v;
	fclose(f);
	return total;
}

static void memory(enum mem_kind kind)
{
	uint64_t len = (uint64_t)max_gib * GiB, kib[NPATHS] = { 0 };
	uint8_t *buf = alloc_mem(kind, len);
	char label[64];
	long before, after;
	int i, r;

	if (!buf)
		return;
	for (i = 0; i < P_FLOOR; i++) {
		const struct path *p = &paths[i];
		long best = -1;

		if (!p->present)
			continue;
		/* The least of three: other activity only adds. */
		for (r = 0; r < 3; r++) {
			before = kernel_kib();
			must_map(p, &p->sp[0], buf, IOVA_BASE, len);
			after = kernel_kib();
			must_unmap(p, &p->sp[0], IOVA_BASE, len);
			if (best < 0 || after - before < best)
				best = after - before;
		}
		/* print_row() divides by "per": keep KiB as the unit, 1 = none. */
		kib[i] = best > 0 ? (uint64_t)best : 1;
	}
	snprintf(label, sizeof(label), "kernel memory, %s, %d GiB mapped",
		 mem_names[kind], max_gib);
	print_row("memory", label, "KiB/GiB", (double)max_gib, kib, false);
	free_mem(kind, buf, len);
}

/* --- main ----------------------------------------------------------------------- */

int main(void)
{
	uint64_t start;
	const char *env;
	char thp[128];
	long huge;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	env = getenv("MAP_BENCH_REPS");
	if (env && atoi(env) >= 1 && atoi(env) <= MAX_REPS)
		reps = atoi(env);
	rows_wanted = getenv("MAP_BENCH_ROWS");
	env = getenv("MAP_BENCH_GIB");
	if (env && atoi(env) >= 1 && atoi(env) <= 4)
		max_gib = atoi(env);
	if (!read_line("/sys/kernel/mm/transparent_hugepage/enabled", thp, sizeof(thp)))
		snprintf(thp, sizeof(thp), "unknown");

	printf("# map_bench: DMA mapping through /dev/ioasid, VFIO type1 and upstream"
	       " iommufd, same VM boot\n");
	setup_paths();
	printf("# %ld CPUs; THP: %s; %d timed passes (median) after a warm-up pass,"
	       " the paths taking turns; ratios io/t1 = ioasid/type1, io/ufd ="
	       " ioasid/iommufd, io/fl = ioasid/floor (lower is better)\n",
	       sysconf(_SC_NPROCESSORS_ONLN), thp, reps);

	start = now_ns();
	if (want("small"))
		small_calls();
	if (want("population")) {
		/* hugetlb first, while memory is least fragmented; then give it back. */
		huge = set_hugepages((long)max_gib * 512);
		if (huge < (long)max_gib * 512)
			printf("\n# hugetlb: only %ld of %d 2 MiB pages could be reserved\n",
			       huge, max_gib * 512);
		else
			population(MEM_HUGETLB);
		set_hugepages(0);
		population(MEM_THP);
		population(MEM_4K);
	}
	if (want("viommu"))
		viommu();
	if (want("attach")) {
		attach(MEM_THP);
		attach(MEM_4K);
	}
	if (want("contention"))
		contention();
	if (want("memory")) {
		print_header("memory: kernel memory (Slab + VmallocUsed + SecPageTables)"
			     " per GiB mapped");
		memory(MEM_THP);
		memory(MEM_4K);
	}
	printf("\n# map_bench: measured in %.1f s; informational only, no thresholds\n",
	       (double)(now_ns() - start) / 1e9);

	for (i = 0; i < P_FLOOR; i++) {
		struct path *p = &paths[i];

		if (!p->present)
			continue;
		if (p->sp[0].devfd >= 0)
			close(p->sp[0].devfd);
		if (p->have_second && p->sp[1].devfd >= 0)
			close(p->sp[1].devfd);
		if (!p->uapi) {
			close(p->sp[0].fd);
			if (p->have_second)
				close(p->sp[1].fd);
		}
	}
	ioasid_close(paths[P_IOASID].sp[0].fd);
	if (paths[P_IOMMUFD].present)
		close(paths[P_IOMMUFD].sp[0].fd);
	return 0;
}
