#!/bin/sh
# Build everything and the VM image, then run JOB in the test VM
# (tools/vm/run.sh).  Used by "make check", "make demo", "make bench" and the
# debug-lane forms "make check-debug" and "make demo-debug".
#
# usage: vm-job.sh check|demo|bench|kselftest|check-debug|demo-debug|fuzz|check-peer
#
# The stock lane's image carries the test build of our modules
# (IOASIDFD_TEST=y, build/test/modules/: the mock IOMMU the tests and the
# viommu demo need), asked for by "make initramfs", and the release build's
# ioasidfd.ko (the default "make") that /init checks at the end of make check.
# The debug lane boots the debug kernel of scripts/debug-kernel.sh (built
# once, cached outside the clone) with the test build of our modules rebuilt
# against it in build/debug/modules/, an initramfs of its own (build/vm/initramfs-debug.cpio.gz)
# and logs in build/vm/JOB-debug/.  KASAN, lockdep and kmemleak make the guest
# several times slower, so the default time limits there are three times the
# stock ones (VM_TIMEOUT and PROG_TIMEOUT, when set, apply as given).
#
# fuzz runs tools/fuzz's ioasid-fuzz on the debug lane for $FUZZ_SECONDS
# (default 600) with fault injection in $FUZZ_FAIL % of the ioctls (default
# 10), $FUZZ_THREADS threads (default 2), seed $FUZZ_SEED (default: random)
# and the extra options of $FUZZ_ARGS; its time limits follow
# FUZZ_SECONDS.  Reproducers it prints are saved in build/fuzz/.
#
# kselftest is check's programs run the kselftest way: installed with
# the kernel's runner (make kselftest-install, build/kselftest/) and run by
# run_kselftest.sh in the VM, one result per program.
#
# bench boots the peer kernel too (below), with the test build of our
# modules built against it (build-modules.sh -p, build/peer/modules/), so
# that ours, upstream iommufd and VFIO type1 are measured in one boot of one
# kernel (Documentation/benchmarks.rst); the guest gets $BENCH_MEM (default
# 10G) and a host thread per vCPU.  With KVER=... it runs on that stock
# kernel instead, without the upstream column.
#
# check-peer (the peer lane) boots the 6.12 kernel of scripts/peer-kernel.sh
# (upstream iommufd, VFIO and vfio-pci built in; built once, cached outside
# the clone) with none of our modules and an initramfs of its own
# (build/vm/initramfs-peer.cpio.gz): our test programs run against
# upstream's /dev/iommu and the device cdevs of the stock vfio-pci.  It
# boots twice: with VT-d (logs in build/vm/check-peer/), where the real
# devices work, and without an IOMMU (build/vm/check-novtd-peer/), where
# upstream's mock IOMMU works (6.12 hands a device without firmware IOMMU
# data to the first IOMMU driver registered, so with VT-d the mock's
# devices get none).  Each boot's results are counted per program, and
# tools/vm/merge-results.sh merges the two test by test.
#
# check boots the VM twice: the whole suite on an emulated VT-d without
# snoop control (its domains cannot enforce cache coherency, QEMU's
# default), then the KVM handoff tests again with snoop-control=on (they
# can), so the non-coherent DMA accounting is tested both ways. The results
# of both boots are summed into the one "N passed, N failed" line at the end.
set -eu

name=$1
case $name in
check | demo | kselftest) job=$name lane=stock ;;
bench) job=bench lane=peer; [ -z "${KVER:-}" ] || lane=stock ;;
check-debug | demo-debug) job=${name%-debug} lane=debug ;;
fuzz) job=fuzz lane=debug ;;
check-peer) job=check lane=peer ;;
*) echo "usage: $0 check|demo|bench|kselftest|check-debug|demo-debug|fuzz|check-peer" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."

failed() {
	echo "make $name: $1"
	# check promises a result line even when nothing could run.
	[ "$job" = check ] && echo "0 passed, 1 failed"
	exit 1
}

# check also runs the host-side install check (scripts/installcheck.sh): it
# leaves a program built against the installed library for the VM.
extra=
[ "$job" = check ] && extra=installcheck
# kselftest runs the installed kselftest tree (build/kselftest/) instead.
[ "$job" = kselftest ] && extra=kselftest-install

# check's QEMU lane (qemu_test, both lanes) and demo's qemu-guest run
# Debian's QEMU 10 in the VM: fetched once into a cache outside the clone
# (scripts/qemu-debs.sh), put into the image by mkinitramfs.sh.  Without it
# they would only skip, so a failed fetch fails the build.
# check also carries the patched QEMU of "make qemu" (scripts/qemu.sh: the
# VM-fd handoff that stock 6.1 KVM needs), so qemu_test's KVM case runs:
# built once per machine and cached outside the clone like the debug
# kernel (a cold build takes 12 to 15 minutes on 2 cores).  demo runs the
# unmodified QEMU only and takes the patched one only when it is cached.
# Setting IOASID_QEMU_PATCHED (empty: none) overrides this.
if [ "$job" = check ] || [ "$job" = demo ]; then
	scripts/qemu-debs.sh >/dev/null || failed "fetching QEMU 10 (scripts/qemu-debs.sh) failed"
	if [ -z "${IOASID_QEMU_PATCHED+set}" ]; then
		if [ "$job" = check ]; then
			patched=$(scripts/qemu.sh) ||
				failed "building the patched QEMU (scripts/qemu.sh) failed"
		else
			patched=$(scripts/qemu.sh path 2>/dev/null) || patched=
		fi
		if [ -n "$patched" ] && [ -x "$patched/qemu-system-x86_64" ]; then
			IOASID_QEMU_PATCHED=$patched/qemu-system-x86_64
			export IOASID_QEMU_PATCHED
		fi
	fi
fi

# bench_json: map_bench's rows ("#J " lines of its output) as one JSON
# array in build/bench/map_bench.json, and their plot (tools/bench/plot.py)
# in build/bench/map_bench.png.
bench_json() {
	log=$(ls -t build/vm/bench-*/output.log 2>/dev/null | head -n 1)
	[ -n "$log" ] || return 0
	mkdir -p build/bench
	tr -d '\r' <"$log" | sed -n 's/^#J //p' |
		awk 'BEGIN { print "[" } NR > 1 { print "," } { printf "%s", $0 } END { print "\n]" }' \
			>build/bench/map_bench.json
	echo "make bench: $(grep -c '^{' build/bench/map_bench.json) rows in build/bench/map_bench.json (from ${log#"$PWD"/})"
	# Debian's python3, where scripts/deps.sh --bench put matplotlib.
	/usr/bin/python3 tools/bench/plot.py build/bench/map_bench.json build/bench/map_bench.png ||
		echo "make bench: no plot (tools/bench/plot.py failed)"
}

# run_job LABEL RUN_SH_ARGS...: run the job in the VM; check boots twice
# and adds both results to the totals that finish prints. The two boots of
# check: VT-d without snoop control, then with it (-s); on the peer lane:
# VT-d, then no IOMMU (-n; see the peer lane above), whose output logs
# finish also merges test by test (tools/vm/merge-results.sh).
sum_p=0 sum_f=0 status=0 lines='' logs=''
# The bench VM, on either kernel: room for 4 GiB mapped twice over, and a
# host thread per vCPU for the two-thread rows (it starts no guest KVM).
if [ "$job" = bench ]; then
	VM_MEM=${BENCH_MEM:-10G} VM_TCG_THREAD=multi
	export VM_MEM VM_TCG_THREAD
fi
run_job() {
	label=$1
	shift
	if [ "$job" != check ]; then
		rc=0
		tools/vm/run.sh "$@" "$job" || rc=$?
		[ "$job" != bench ] || bench_json
		exit $rc
	fi
	out=$(mktemp)
	trap 'rm -f "$out" "$out.rc"' EXIT
	boots="snoop-off snoop-on"
	[ $lane != peer ] || boots="vtd novtd"
	for boot in $boots; do
		case $boot in
		snoop-off) bflag='' what="VT-d snoop-control=off" log=check ;;
		snoop-on) bflag=-s what="VT-d snoop-control=on" log=check-snoop ;;
		vtd) bflag='' what="VT-d" log=check ;;
		novtd) bflag=-n what="no-IOMMU (mock)" log=check-novtd ;;
		esac
		[ $lane = stock ] || log=$log-$lane
		logs="$logs build/vm/$log/output.log"
		# shellcheck disable=SC2086 # $bflag is empty or one word
		(
			rc=0
			tools/vm/run.sh "$@" $bflag check || rc=$?
			echo "$rc" >"$out.rc"
		) | tee "$out"
		summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
		[ -n "$summary" ] || summary="0 passed, 1 failed"
		p=${summary%% passed*}
		f=${summary#*, }
		f=${f%% failed}
		if [ "$(cat "$out.rc")" != 0 ] && [ "$f" = 0 ]; then
			f=1
		fi
		[ "$f" = 0 ] || status=1
		sum_p=$((sum_p + p))
		sum_f=$((sum_f + f))
		lines="$lines
make $name: $label, $what boot: $p passed, $f failed"
	done
}

finish() {
	# shellcheck disable=SC2086 # $logs: words
	[ $lane != peer ] || tools/vm/merge-results.sh $logs || true
	echo "$lines" | sed 1d
	echo "$sum_p passed, $sum_f failed"
	exit $status
}

# The stock lane: check runs on every supported kernel installed (both
# 6.1 and 6.12 once scripts/deps.sh has run), demo and bench on the newest;
# KVER=... selects one.
if [ $lane = stock ]; then
	if [ -n "${KVER:-}" ]; then
		kernels=$KVER
	elif [ "$job" = check ]; then
		kernels=$(scripts/kver.sh --all) || failed "no supported kernel installed"
	else
		kernels=$(scripts/kver.sh) || failed "no supported kernel installed"
	fi
	for k in $kernels; do
		echo "make $name: kernel $k"
		KVER=$k make --no-print-directory all $extra initramfs ||
			failed "the build for $k failed"
		scripts/check-layering.sh -a || failed "the layering check failed"
		KVER=$k run_job "kernel $k" -k "$k"
	done
	finish
fi

# The peer lane: like the debug lane below, the kernel is built (or found)
# before this checkout's lock is taken.  check-peer builds only the
# user-space programs; our modules are not part of it.  bench also builds
# our modules against the peer kernel and puts them in its image.
if [ $lane = peer ]; then
	if [ -z "${IOASID_LOCK_HELD:-}" ]; then
		scripts/peer-kernel.sh >/dev/null || failed "building the peer kernel failed"
		exec scripts/with-lock.sh scripts/vm-job.sh "$name"
	fi
	kernel=$(scripts/peer-kernel.sh path || scripts/peer-kernel.sh) ||
		failed "building the peer kernel failed"
	kver=$(cat "$kernel/kernelrelease")
	make --no-print-directory user || failed "the build failed"
	ours=none initrd=build/vm/initramfs-peer.cpio.gz
	if [ "$job" = bench ]; then
		scripts/build-modules.sh -p ||
			failed "building the modules against the peer kernel failed"
		ours=build/peer/modules initrd=build/vm/initramfs-peer-bench.cpio.gz
	fi
	tools/vm/mkinitramfs.sh -k "$kver" -m "$kernel/staging" -d "$ours" \
		-r none -l peer -o "$initrd" || failed "building the peer initramfs failed"
	if [ "$job" = bench ]; then
		run_job bench -l peer -k "$kver" -K "$kernel/bzImage" -i "$initrd"
	fi
	IOASID_RESULTS_PER_PROGRAM=1
	export IOASID_RESULTS_PER_PROGRAM
	run_job "peer kernel $kver" -l peer -k "$kver" -K "$kernel/bzImage" -i "$initrd"
	finish
fi

# The debug kernel has its own cache and lock outside the clone: build it
# before taking this checkout's lock, so that a cold build (minutes) does not
# hold up everyone else working here.
if [ -z "${IOASID_LOCK_HELD:-}" ]; then
	scripts/debug-kernel.sh >/dev/null || failed "building the debug kernel failed"
	exec scripts/with-lock.sh scripts/vm-job.sh "$name"
fi
kernel=$(scripts/debug-kernel.sh path || scripts/debug-kernel.sh) ||
	failed "building the debug kernel failed"
kver=$(cat "$kernel/kernelrelease")
make --no-print-directory user $extra || failed "the build failed"
scripts/build-modules.sh -d || failed "building the modules against the debug kernel failed"
initrd=build/vm/initramfs-debug.cpio.gz
tools/vm/mkinitramfs.sh -k "$kver" -m "$kernel/staging" -d build/debug/modules \
	-r none -l debug -o "$initrd" || failed "building the debug initramfs failed"
scripts/check-layering.sh -a build/debug/modules || failed "the layering check failed"

VM_TIMEOUT=${VM_TIMEOUT:-2700}
PROG_TIMEOUT=${PROG_TIMEOUT:-900}
if [ "$job" = fuzz ]; then
	secs=${FUZZ_SECONDS:-600}
	fargs="-d $secs -t ${FUZZ_THREADS:-2} -f ${FUZZ_FAIL:-10}"
	[ -z "${FUZZ_SEED:-}" ] || fargs="$fargs -s $FUZZ_SEED"
	fargs="$fargs ${FUZZ_ARGS:-}"
	PROG_TIMEOUT=$((secs + 600))
	VM_TIMEOUT=$((secs + 1200))
	VM_APPEND="${VM_APPEND:-} fuzz_args=$(echo $fargs | tr ' ' ,)"
fi
export VM_TIMEOUT PROG_TIMEOUT
# KASAN's instrumentation of the PVH entry code faults before KASAN is set
# up, so this kernel boots as a bzImage (debug.config has no PVH).
VM_BOOT=bzimage
# Every KASAN report, not only the first.
VM_APPEND="kasan_multi_shot ${VM_APPEND:-}"
export VM_BOOT VM_APPEND
if [ "$job" != fuzz ]; then
	run_job "debug kernel $kver" -l debug -k "$kver" -K "$kernel/bzImage" \
		-i "$initrd" -x "$kernel/linux:$PWD/build/debug/modules"
	finish
fi

# fuzz: run, then keep the reproducers ioasid-fuzz printed ("#R " lines
# between its begin and end markers) in build/fuzz/.
rc=0
tools/vm/run.sh -l debug -k "$kver" -K "$kernel/bzImage" -i "$initrd" \
	-x "$kernel/linux:$PWD/build/debug/modules" fuzz || rc=$?
mkdir -p build/fuzz
tr -d '\r' <build/vm/fuzz-debug/output.log | awk '
/^# ioasid-fuzz: reproducer begin / { n = split($5, p, "/"); out = "build/fuzz/" p[n]; printf "" > out; next }
/^# ioasid-fuzz: reproducer end / { print "make fuzz: reproducer saved as " out; close(out); out = ""; next }
out != "" && /^#R / { sub(/^#R /, ""); print >> out }'
exit $rc
