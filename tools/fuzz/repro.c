// SPDX-License-Identifier: GPL-2.0
/*
 * The call ring and the C reproducer writer (see "Reproducer" in fuzz.h).
 *
 * Every syscall the fuzzer issues on a pool fd or on the arena is one
 * struct rec in a ring of SH->nrec entries in shared memory.  A record is
 * claimed with a sequence number (rec_begin), filled in, published before
 * the syscall (rec_publish: a call that never returns is still in the
 * ring, marked in flight) and completed with its result (rec_end).
 *
 * repro_write() turns the records of the epoch that was running into a
 * standalone C program: it maps the arena and the scratch pages at the
 * fuzzer's fixed addresses, drops CAP_IPC_LOCK and sets RLIMIT_MEMLOCK as
 * the fuzzer does, and replays the records in sequence order on one
 * thread, printing each call's result next to the one the fuzzer saw.
 */
#include "fuzz.h"

#include <limits.h>
#include <stdlib.h>

struct rec *rec_begin(uint16_t thread, uint16_t type, const char *name)
{
	uint64_t seq = atomic_fetch_add(&SH->next_seq, 1) + 1;
	struct rec *r = &SH->ring[seq % SH->nrec];

	atomic_store_explicit(&r->seq, 0, memory_order_relaxed);
	atomic_thread_fence(memory_order_release);
	r->pending = seq;
	r->epoch = atomic_load_explicit(&SH->epoch, memory_order_relaxed);
	r->thread = thread;
	r->type = type;
	r->fd = -1;
	r->ret = INT32_MIN;
	r->err = 0;
	r->fail_nth = 0;
	r->req = r->addr = r->len = 0;
	r->arg_len = r->aux_len = 0;
	r->out_fd_off = -1;
	r->out_fd = -1;
	snprintf(r->name, sizeof(r->name), "%s", name);
	return r;
}

void rec_publish(struct rec *r)
{
	atomic_store_explicit(&r->seq, r->pending, memory_order_release);
	atomic_fetch_add_explicit(&SH->calls, 1, memory_order_relaxed);
}

void rec_end(struct rec *r, long ret, int err)
{
	/* Only if the slot was not reused meanwhile (a stuck call). */
	if (atomic_load_explicit(&r->seq, memory_order_acquire) != r->pending)
		return;
	r->ret = ret < INT32_MIN + 1 ? INT32_MIN + 1 :
		 ret > INT32_MAX ? INT32_MAX : (int32_t)ret;
	r->err = ret < 0 ? err : 0;
	if (ret >= 0)
		atomic_fetch_add_explicit(&SH->ok, 1, memory_order_relaxed);
	else if (err >= 0 && err < (int)ARRAY_SIZE(SH->err_hist))
		atomic_fetch_add_explicit(&SH->err_hist[err], 1,
					  memory_order_relaxed);
}

/* ---- the writer ----------------------------------------------------- */

static int cmp_seq(const void *a, const void *b)
{
	uint64_t x = (*(const struct rec *const *)a)->seq;
	uint64_t y = (*(const struct rec *const *)b)->seq;

	return x < y ? -1 : x > y;
}

/* Bytes as a C string literal: "\x01\x00...". */
static void put_bytes(FILE *out, const uint8_t *p, size_t n)
{
	size_t i;

	fputc('"', out);
	for (i = 0; i < n; i++) {
		if (i && i % 32 == 0)
			fputs("\"\n\t    \"", out);
		fprintf(out, "\\x%02x", p[i]);
	}
	fputc('"', out);
}

/* The last non-zero byte + 1. */
static size_t trimmed(const uint8_t *p, size_t n)
{
	while (n && !p[n - 1])
		n--;
	return n;
}

static const char *result_str(const struct rec *r, char *buf, size_t len)
{
	if (r->ret == INT32_MIN)
		snprintf(buf, len, "in flight (never returned)");
	else if (r->ret < 0)
		snprintf(buf, len, "-1 %s", strerrorname_np(r->err) ?
			 strerrorname_np(r->err) : "?");
	else
		snprintf(buf, len, "%d", r->ret);
	return buf;
}

static const char prologue[] =
"#define _GNU_SOURCE\n"
"#include <errno.h>\n#include <fcntl.h>\n#include <poll.h>\n"
"#include <stdint.h>\n#include <stdio.h>\n#include <stdlib.h>\n"
"#include <string.h>\n#include <sys/ioctl.h>\n#include <sys/mman.h>\n"
"#include <sys/resource.h>\n#include <sys/syscall.h>\n#include <sys/wait.h>\n"
"#include <sys/uio.h>\n#include <unistd.h>\n#include <linux/capability.h>\n#include <linux/kvm.h>\n"
"\n"
"static unsigned long n_call;\n"
"static const char *last_call = \"setup\";\n"
"static int kmsg = -1;\n"
"\n"
"/* Name the call after which the kernel first complained. */\n"
"static void check_kmsg(void)\n"
"{\n"
"\tstatic const char *const bad[] = { \"WARNING:\", \"BUG:\", \"Oops\", \"KASAN:\",\n"
"\t\t\"UBSAN:\", \"general protection\", \"possible circular locking\",\n"
"\t\t\"inconsistent lock state\", \"sleeping function called\" };\n"
"\tchar rec[1024];\n"
"\tssize_t n;\n"
"\n"
"\twhile (kmsg >= 0 && (n = read(kmsg, rec, sizeof(rec) - 1)) != 0) {\n"
"\t\tif (n < 0 && errno == EPIPE)\n"
"\t\t\tcontinue;\n"
"\t\tif (n < 0)\n"
"\t\t\tbreak;\n"
"\t\trec[n] = 0;\n"
"\t\tfor (unsigned int i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)\n"
"\t\t\tif (strstr(rec, bad[i]))\n"
"\t\t\t\tprintf(\"^^^^^ kernel report after %%s: %%s\", last_call,\n"
"\t\t\t\t       strchr(rec, ';') ? strchr(rec, ';') + 1 : rec);\n"
"\t}\n"
"}\n"
"\n"
"static void say(const char *what, long ret, const char *fuzzer_saw)\n"
"{\n"
"\tint e = errno;\n"
"\n"
"\tif (ret < 0)\n"
"\t\tprintf(\"%%5lu %%-28s -1 %%s\", ++n_call, what, strerrorname_np(e) ? strerrorname_np(e) : \"?\");\n"
"\telse\n"
"\t\tprintf(\"%%5lu %%-28s %%ld\", ++n_call, what, ret);\n"
"\tprintf(\"   (fuzzer: %%s)\\n\", fuzzer_saw);\n"
"\tlast_call = what;\n"
"\tcheck_kmsg();\n"
"\tfflush(stdout);\n"
"}\n"
"\n"
"static uint8_t *scratch(int th)\n"
"{\n"
"\treturn (uint8_t *)(0x%lxul + (uint64_t)th * 0x%lxul);\n"
"}\n"
"\n"
"static void setup(void)\n"
"{\n"
"\tstruct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };\n"
"\tstruct __user_cap_data_struct d[2];\n"
"\tstruct rlimit rl = { %luul, %luul };\n"
"\tint i;\n"
"\n"
"\tfor (i = 0; i < %d; i++) {\n"
"\t\tunsigned long a = 0x%lxul + (unsigned long)i * 0x%lxul;\n"
"\t\tsize_t len = i == %d ? 0x%lxul : 0x%lxul;\n"
"\n"
"\t\tif (mmap((void *)a, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)\n"
"\t\t\tperror(\"mmap arena\");\n"
"\t\tif (i == %d)\n"
"\t\t\tmadvise((void *)a, len, MADV_HUGEPAGE);\n"
"\t\tmemset((void *)a, 0x5a, len);\n"
"\t}\n"
"\tfor (i = 0; i < %d; i++) {\n"
"\t\tif (mmap(scratch(i), 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)\n"
"\t\t\tperror(\"mmap scratch\");\n"
"\t\tmprotect(scratch(i) + 2 * 4096, 4096, PROT_NONE);\n"
"\t}\n"
"\t/* As the fuzzer: pinned pages are charged (no CAP_IPC_LOCK). */\n"
"\tif (syscall(SYS_capget, &h, d) == 0) {\n"
"\t\td[0].effective &= ~(1u << CAP_IPC_LOCK);\n"
"\t\td[0].permitted &= ~(1u << CAP_IPC_LOCK);\n"
"\t\td[0].inheritable &= ~(1u << CAP_IPC_LOCK);\n"
"\t\tsyscall(SYS_capset, &h, d);\n"
"\t}\n"
"\tsetrlimit(RLIMIT_MEMLOCK, &rl);\n"
"\tkmsg = open(\"/dev/kmsg\", O_RDONLY | O_NONBLOCK);\n"
"\tif (kmsg >= 0)\n"
"\t\tlseek(kmsg, 0, SEEK_END);\n"
"}\n"
"\n"
"/* One ioctl on the scratch argument of thread @th. */\n"
"static __attribute__((unused)) void ioc(const char *what, const char *saw, int th, int fd, unsigned long req,\n"
"\t\tconst char *arg, size_t alen, const char *aux, size_t xlen,\n"
"\t\tunsigned int nth, int out_off, int out_fd)\n"
"{\n"
"\tuint8_t *s = scratch(th);\n"
"\tlong r;\n"
"\n"
"\tmemset(s, 0, 2 * 4096);\n"
"\tmemcpy(s, arg, alen);\n"
"\tmemcpy(s + 4096, aux, xlen);\n"
"\tif (nth) {\n"
"\t\t/* open() itself passes injection points: arm by a pre-opened fd */\n"
"\t\tchar buf[16];\n"
"\t\tint nfd = open(\"/proc/thread-self/fail-nth\", O_RDWR);\n"
"\t\tint len = snprintf(buf, sizeof(buf), \"%%u\", nth);\n"
"\n"
"\t\t(void)!write(nfd, buf, len);\n"
"\t\tr = ioctl(fd, req, s);\n"
"\t\tint e = errno;\n"
"\t\tif (write(nfd, \"0\", 1) < 0)\n"
"\t\t\t(void)!write(nfd, \"0\", 1);\n"
"\t\tclose(nfd);\n"
"\t\terrno = e;\n"
"\t} else {\n"
"\t\tr = ioctl(fd, req, s);\n"
"\t}\n"
"\tsay(what, r, saw);\n"
"\tif (r >= 0 && out_off >= 0) {\n"
"\t\tint f;\n"
"\n"
"\t\tmemcpy(&f, s + out_off, sizeof(f));\n"
"\t\tif (f >= 0 && f != out_fd) {\n"
"\t\t\tdup2(f, out_fd);\n"
"\t\t\tclose(f);\n"
"\t\t}\n"
"\t}\n"
"}\n"
"\n"
"static __attribute__((unused)) void to_fd(int f, int fd)\n"
"{\n"
"\tif (f >= 0 && f != fd) {\n"
"\t\tdup2(f, fd);\n"
"\t\tclose(f);\n"
"\t}\n"
"}\n"
"\n"
"/* Write to every page of [addr, addr + len) without faulting on holes. */\n"
"static void touch(unsigned long addr, unsigned long len, uint8_t val)\n"
"{\n"
"\tfor (unsigned long o = 0; o < len; o += 4096) {\n"
"\t\tstruct iovec l = { &val, 1 }, r = { (void *)(addr + o), 1 };\n"
"\n"
"\t\tprocess_vm_writev(getpid(), &l, 1, &r, 1, 0);\n"
"\t}\n"
"}\n"
"\n"
"static __attribute__((unused)) void fork_touch(unsigned long addr, unsigned long len, int how)\n"
"{\n"
"\tpid_t pid;\n"
"\n"
"\tif (how == 1)\n"
"\t\ttouch(addr, len, 0x3c);\n"
"\tpid = fork();\n"
"\tif (pid == 0) {\n"
"\t\ttouch(addr, len, 0xc5);\n"
"\t\t_exit(0);\n"
"\t}\n"
"\tif (how != 2)\n"
"\t\ttouch(addr, len, 0x3c);\n"
"\tif (pid > 0)\n"
"\t\twaitpid(pid, NULL, 0);\n"
"}\n"
"\n"
"int main(void)\n"
"{\n"
"\tuint8_t buf[8192];\n"
"\tlong r;\n"
"\n"
"\tsetvbuf(stdout, NULL, _IOLBF, 0);\n"
"\tsetup();\n"
"\t(void)buf;\n"
"\t(void)r;\n";

int repro_write(FILE *out, const struct shared *sh, uint32_t epoch,
		uint64_t epoch_seed, const char *why)
{
	const struct rec **v;
	size_t n = 0, i;
	char saw[64];

	v = calloc(sh->nrec, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (i = 0; i < sh->nrec; i++) {
		const struct rec *r = &sh->ring[i];
		uint64_t seq = atomic_load(&((struct rec *)r)->seq);

		if (seq && r->epoch == epoch)
			v[n++] = r;
	}
	qsort(v, n, sizeof(*v), cmp_seq);

	fprintf(out, "// SPDX-License-Identifier: GPL-2.0\n");
	fprintf(out, "/*\n * ioasid-fuzz reproducer: seed %#llx, epoch %u (epoch seed %#llx),\n",
		(unsigned long long)sh->seed, epoch,
		(unsigned long long)epoch_seed);
	fprintf(out, " * %zu calls of %u thread(s), replayed in order on one thread.\n",
		n, sh->nthreads);
	if (!n || v[0]->type != REC_EPOCH)
		fprintf(out, " * PARTIAL: the ring (-n %u) lost the epoch's first calls;\n"
			" * the IDs below may name objects this program never creates.\n",
			sh->nrec);
	fprintf(out, " * Replay the fuzzer's own epoch: ioasid-fuzz -s %#llx -E 1 -t %u\n"
		" * (plus the run's -f, -K, -L).\n", (unsigned long long)epoch_seed,
		sh->nthreads);
	fprintf(out, " * Why: %s\n", why);
	fprintf(out, " * Build: cc -O2 -static -o repro repro.c; run as root in the test VM.\n */\n");
	fprintf(out, prologue, SCRATCH_BASE, SCRATCH_STRIDE,
		8ul << 20, 8ul << 20,
		NREGIONS, ARENA_BASE, REGION_STRIDE, THP_REGION, THP_SIZE,
		REGION_SIZE, THP_REGION, MAX_THREADS);

	for (i = 0; i < n; i++) {
		const struct rec *r = v[i];
		char what[80];

		result_str(r, saw, sizeof(saw));
		snprintf(what, sizeof(what), "#%llu t%u %s",
			 (unsigned long long)r->seq, r->thread, r->name);
		fprintf(out, "\n\t/* #%llu [t%u] %s: %s%s */\n",
			(unsigned long long)r->seq, r->thread, r->name, saw,
			r->fail_nth ? " (fault injected)" : "");
		switch (r->type) {
		case REC_IOCTL:
			fprintf(out, "\tioc(\"%s\", \"%s\", %u, %d, 0x%llxul,\n\t    ",
				what, saw, r->thread, r->fd, (unsigned long long)r->req);
			put_bytes(out, r->arg, trimmed(r->arg, r->arg_len));
			fprintf(out, ", %zu,\n\t    ", trimmed(r->arg, r->arg_len));
			put_bytes(out, r->aux, trimmed(r->aux, r->aux_len));
			fprintf(out, ", %zu, %u, %d, %d);\n",
				trimmed(r->aux, r->aux_len), r->fail_nth,
				r->out_fd_off, r->out_fd);
			break;
		case REC_OPEN:
			fprintf(out, "\tr = open(\"%.*s\", O_RDWR | O_CLOEXEC);\n"
				"\tsay(\"%s\", r, \"%s\");\n\tto_fd(r, %d);\n",
				(int)r->aux_len, (const char *)r->aux, what, saw,
				r->fd);
			break;
		case REC_KVM_VM:
			fprintf(out, "\tr = open(\"/dev/kvm\", O_RDWR | O_CLOEXEC);\n"
				"\tif (r >= 0) {\n\t\tint k = r;\n\n"
				"\t\tr = ioctl(k, KVM_CREATE_VM, 0);\n\t\tclose(k);\n\t}\n"
				"\tsay(\"%s\", r, \"%s\");\n\tto_fd(r, %d);\n",
				what, saw, r->fd);
			break;
		case REC_CLOSE:
			fprintf(out, "\tsay(\"%s\", close(%d), \"%s\");\n",
				what, r->fd, saw);
			break;
		case REC_READ:
			fprintf(out, "\tsay(\"%s\", read(%d, buf, %llu), \"%s\");\n",
				what, r->fd, (unsigned long long)r->len, saw);
			break;
		case REC_WRITE:
		case REC_PWRITE:
			fprintf(out, "\tmemcpy(buf, ");
			put_bytes(out, r->aux, r->aux_len);
			fprintf(out, ", %u);\n", r->aux_len);
			if (r->type == REC_WRITE)
				fprintf(out, "\tsay(\"%s\", write(%d, buf, %llu), \"%s\");\n",
					what, r->fd, (unsigned long long)r->len, saw);
			else
				fprintf(out, "\tsay(\"%s\", pwrite(%d, buf, %llu, 0x%llx), \"%s\");\n",
					what, r->fd, (unsigned long long)r->len,
					(unsigned long long)r->req, saw);
			break;
		case REC_PREAD:
			fprintf(out, "\tsay(\"%s\", pread(%d, buf, %llu, 0x%llx), \"%s\");\n",
				what, r->fd, (unsigned long long)r->len,
				(unsigned long long)r->req, saw);
			break;
		case REC_POLL:
			fprintf(out, "\t{\n\t\tstruct pollfd p = { .fd = %d, .events = POLLIN };\n\n"
				"\t\tsay(\"%s\", poll(&p, 1, 0), \"%s\");\n\t}\n",
				r->fd, what, saw);
			break;
		case REC_MMAP:
			fprintf(out, "\tr = (long)mmap((void *)0x%llxul, 0x%llxul, PROT_READ | PROT_WRITE,\n"
				"\t\t     MAP_ANONYMOUS | MAP_FIXED | 0x%llx, -1, 0);\n"
				"\tsay(\"%s\", r == (long)MAP_FAILED ? -1 : 0, \"%s\");\n",
				(unsigned long long)r->addr, (unsigned long long)r->len,
				(unsigned long long)r->req, what, saw);
			break;
		case REC_MUNMAP:
			fprintf(out, "\tsay(\"%s\", munmap((void *)0x%llxul, 0x%llxul), \"%s\");\n",
				what, (unsigned long long)r->addr,
				(unsigned long long)r->len, saw);
			break;
		case REC_MPROTECT:
			fprintf(out, "\tsay(\"%s\", mprotect((void *)0x%llxul, 0x%llxul, %llu), \"%s\");\n",
				what, (unsigned long long)r->addr,
				(unsigned long long)r->len,
				(unsigned long long)r->req, saw);
			break;
		case REC_MADVISE:
			fprintf(out, "\tsay(\"%s\", madvise((void *)0x%llxul, 0x%llxul, %llu), \"%s\");\n",
				what, (unsigned long long)r->addr,
				(unsigned long long)r->len,
				(unsigned long long)r->req, saw);
			break;
		case REC_FORK:
			fprintf(out, "\tfork_touch(0x%llxul, 0x%llxul, %llu);\n",
				(unsigned long long)r->addr,
				(unsigned long long)r->len,
				(unsigned long long)r->req);
			break;
		case REC_IOCTL_INT:
			fprintf(out, "\tsay(\"%s\", ioctl(%d, 0x%llxul, 0x%llxul), \"%s\");\n",
				what, r->fd, (unsigned long long)r->req,
				(unsigned long long)r->addr, saw);
			break;
		case REC_EPOCH:
			fprintf(out, "\t/* epoch start */\n");
			break;
		default:
			fprintf(out, "\t/* unknown record type %u */\n", r->type);
		}
	}
	fprintf(out, "\n\tprintf(\"replayed %zu calls\\n\");\n\treturn 0;\n}\n", n);
	free(v);
	return 0;
}
