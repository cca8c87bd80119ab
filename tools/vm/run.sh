#!/bin/bash
# Boot the ioasid test VM (QEMU, TCG, emulated Intel VT-d with interrupt
# remapping, four edu devices) and run a job in it.
#
# usage: run.sh [-k KVER] [-K KERNEL] [-i INITRD] [-t VM_TIMEOUT] [-T PROG_TIMEOUT]
#               [-l LANE] [-x KTREE:MODDIR] [-s] [-n] JOB
#   JOB   check  run every build/bin/*_test, then report "N passed, N failed"
#         demo   run build/bin/edu-dma, viommu and mini-vmm, then report the
#                same way
#         bench  run build/bin/map_bench (ioasid vs VFIO type1, one edu left
#                to vfio-pci), then report the same way
#         kselftest  run build/kselftest/run_kselftest.sh (the installed
#                kselftest tree of make kselftest), then report the same way
#         fuzz   run build/bin/ioasid-fuzz with the options of fuzz_args= on
#                the kernel command line ($VM_APPEND; commas for spaces),
#                then report the same way (make fuzz)
#         shell  interactive busybox shell on the console (no report)
#   -l LANE       stock (default), debug or peer: only names the log
#                 directory (the initramfs tells the guest its lane)
#   -s            the second boot of make check: the emulated VT-d has
#                 snoop-control=on (its domains can enforce cache coherency)
#                 and only the programs of $VM_SNOOP_PROGS (default kvm_test)
#                 run; logs go to build/vm/JOB-SERIES-snoop/ (JOB-snoop-debug/)
#   -n            a machine without an IOMMU: no emulated VT-d (and
#                 intel_iommu=off); the guest leaves the edu devices unbound.
#                 The peer lane's second boot: upstream 6.12's mock IOMMU
#                 only gets its devices when no other IOMMU driver is
#                 registered. Logs go to build/vm/JOB-novtd-LANE/
#   -x KTREE:MODDIR  a kernel build tree (vmlinux, scripts/decode_stacktrace.sh)
#                 and a directory holding our .ko files with debug info: when
#                 the kernel log shows stack traces, a copy with them decoded
#                 to file:line is written to kernel.decoded.log
#
# Logs go to build/vm/JOB-SERIES/ (SERIES: the kernel's, 6.1 or 6.12;
# build/vm/JOB-debug/ for the debug lane):
# kernel.log (the guest's ttyS0, its kernel
# console), output.log (ttyS1: what /init and the programs print; shown live
# as it arrives), qemu.log (QEMU's own messages) and, when the VM outlived
# VM_TIMEOUT (default 900 s), vcpus.log (every vCPU's registers just before
# it was killed; the RIP lines are also printed).  Extra kernel command line
# arguments can be passed in $VM_APPEND (e.g. ioasidfd.allow_unsafe_interrupts=1),
# more properties of the emulated VT-d in $VM_VTD (e.g. x-scalable-mode=on).
# $VM_MEM is the guest's memory (default 2G; make bench gives it more) and
# VM_TCG_THREAD=multi runs each vCPU on a host thread of its own (see below;
# make bench, which starts no guest KVM, uses it for its two-thread rows).
# With $IOASID_RESULTS_PER_PROGRAM set (make check-peer sets it), the result
# also counts passed, skipped and failed per program (results.sh -p).
#
# The kernel is /boot/vmlinuz-KVER (or -K KERNEL).  By default QEMU boots the
# uncompressed ELF inside it through its PVH entry (see vmlinux.sh: same
# kernel, less than half the boot time under TCG); VM_BOOT=bzimage boots the
# bzImage as it is.  "mitigations=off" keeps the guest from printing CPU
# vulnerability notices about the emulated EPYC (a "WARNING:" line) and saves
# time under TCG; it does not change anything our modules do.
#
# Device layout: two edu devices on the root bus, each in its own IOMMU
# group, and two behind a PCI-PCI bridge, sharing the bridge's group; the
# bench job has four more on the root bus.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/../.." && pwd)
KVER=${KVER:-}	# the environment's (make KVER=...), else -k, else kver.sh
KERNEL=
INITRD=
VM_TIMEOUT=${VM_TIMEOUT:-900}
PROG_TIMEOUT=${PROG_TIMEOUT:-300}
LANE=stock
DECODE=
SNOOP=off
VTD=on

usage() { sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
while getopts k:K:i:t:T:l:x:snh opt; do
	case $opt in
	s) SNOOP=on ;;
	n) VTD=off ;;
	l) LANE=$OPTARG ;;
	x) DECODE=$OPTARG ;;
	k) KVER=$OPTARG ;;
	K) KERNEL=$OPTARG ;;
	i) INITRD=$OPTARG ;;
	t) VM_TIMEOUT=$OPTARG ;;
	T) PROG_TIMEOUT=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# = 1 ] || usage
JOB=$1
case $JOB in check | demo | bench | kselftest | fuzz | shell) ;; *) usage ;; esac

[ -n "$KVER" ] || KVER=$("$TOP/scripts/kver.sh")
[ -n "$INITRD" ] || INITRD=$TOP/build/vm/initramfs.cpio.gz
[ -n "$KERNEL" ] || KERNEL=/boot/vmlinuz-$KVER
[ -r "$KERNEL" ] || { echo "run.sh: cannot read $KERNEL" >&2; exit 1; }
boot=$KERNEL
[ "${VM_BOOT:-pvh}" = bzimage ] || boot=$("$here/vmlinux.sh" "$KERNEL")
[ -r "$INITRD" ] || { echo "run.sh: no initramfs $INITRD (run tools/vm/mkinitramfs.sh)" >&2; exit 1; }

# The stock lane runs on each supported kernel: its logs are named by the
# kernel's series (check-6.1/, check-6.12-snoop/).
series=$(echo "$KVER" | sed -n 's/^\([0-9]*\.[0-9]*\).*/\1/p')
logdir=$TOP/build/vm/$JOB
[ "$LANE" != stock ] || logdir=$logdir-$series
[ "$SNOOP" = off ] || logdir=$logdir-snoop
[ "$VTD" = on ] || logdir=$logdir-novtd
[ "$LANE" = stock ] || logdir=$logdir-$LANE
mkdir -p "$logdir"
klog=$logdir/kernel.log
olog=$logdir/output.log
qlog=$logdir/qemu.log
: >"$klog"
: >"$olog"
: >"$qlog"

EDUS=4
devices=(
	-device "intel-iommu,intremap=on,snoop-control=$SNOOP${VM_VTD:+,$VM_VTD}"
	-device edu,addr=3
	-device edu,addr=4
	-device pci-bridge,id=br1,chassis_nr=1,addr=5
	-device edu,bus=br1,addr=1
	-device edu,bus=br1,addr=2
)
# bench: two more devices per path it compares (tools/vm/init), alone in
# their groups.
if [ "$JOB" = bench ]; then
	EDUS=8
	devices+=(-device edu,addr=6 -device edu,addr=7 -device edu,addr=8 -device edu,addr=9)
fi
if [ "$VTD" = off ]; then
	devices=("${devices[@]:2}")
fi
append="console=ttyS0 intel_iommu=$VTD panic=-1 mitigations=off ${VM_APPEND:-}"
append="$append -- job=$JOB timeout=$PROG_TIMEOUT edus=$EDUS snoop=$SNOOP vtd=$VTD"
[ "$SNOOP" = off ] || append="$append ioasid_tests=${VM_SNOOP_PROGS:-kvm_test}"

# One host thread runs both vCPUs (thread=single).  With QEMU 7.2's default
# multi-threaded TCG, about one boot in seven that creates and destroys KVM VMs
# soon after boot (kvm_test, mini-vmm) livelocked: KVM flips the preempt
# notifier static key in __schedule on every VM create/destroy; afterwards
# both vCPUs kept trapping on the int3 that text_poke_bp had already replaced
# with the final jump (guest memory showed the jump, a TB flush did not help),
# and the kernel's int3 handler kept sending them back to re-execute it.  With
# thread=single: 0 hangs in 30 such boots, and the full suite takes as long
# (66 s against 67 s).
qemu=(
	qemu-system-x86_64 -M q35 -accel "tcg,thread=${VM_TCG_THREAD:-single}"
	-cpu EPYC,+svm -m "${VM_MEM:-2G}" -smp 2
	-nodefaults -display none -no-reboot -net none
	-kernel "$boot" -initrd "$INITRD" -append "$append"
	"${devices[@]}"
)

how=
[ "$boot" = "$KERNEL" ] || how=" (PVH entry of ${boot#"$TOP"/})"
vtd="VT-d snoop-control=$SNOOP"
[ "$VTD" = on ] || vtd="no IOMMU"
echo "run.sh: booting $KERNEL$how, job $JOB, $vtd; logs in ${logdir#"$TOP"/}/"

if [ "$JOB" = shell ]; then
	# ttyS0 is both kernel console and shell, on this terminal (and logged).
	exec "${qemu[@]}" \
		-chardev stdio,id=con,mux=on,signal=off,logfile="$klog" \
		-serial chardev:con -mon chardev=con,mode=readline
fi

start=$(date +%s)
qmp=$logdir/qmp.sock
vcpus=$logdir/vcpus.log
rm -f "$qmp" "$vcpus" "$logdir/timed-out"
"${qemu[@]}" -monitor none -qmp "unix:$qmp,server=on,wait=off" \
	-chardev file,id=s0,path="$klog",append=on -serial chardev:s0 \
	-chardev file,id=s1,path="$olog",append=on -serial chardev:s1 \
	</dev/null 2>"$qlog" &
vm=$!
# The time limit.  A guest that hangs often cannot say why (both vCPUs
# spinning with nothing reaching the console), so before killing it record
# where each vCPU is: vcpus.log has their registers (RIP, RSP, RFLAGS, CR3).
(
	trap 'kill "$nap" 2>/dev/null; exit 0' TERM
	sleep "$VM_TIMEOUT" &
	nap=$!
	wait "$nap"
	kill -0 "$vm" 2>/dev/null || exit 0
	: >"$logdir/timed-out"
	python3 "$here/hmp.py" "$qmp" info registers -a >"$vcpus" 2>&1 || true
	kill "$vm" 2>/dev/null
) &
watchdog=$!
trap 'kill "$vm" "$watchdog" 2>/dev/null; wait "$vm" 2>/dev/null; echo "run.sh: interrupted" >&2; exit 130' INT TERM

# Show the program output live while the VM runs.
tail -n +1 -f --pid="$vm" "$olog" &
tailer=$!
rc=0
wait "$vm" || rc=$?
kill "$watchdog" 2>/dev/null || true
wait "$watchdog" 2>/dev/null || true
wait "$tailer" 2>/dev/null || true
trap - INT TERM
secs=$(($(date +%s) - start))
rm -f "$qmp"

timed_out=
# QEMU notes each EPYC CPUID feature TCG lacks; that is expected noise.
qnoise="TCG doesn't support requested feature"
if [ -e "$logdir/timed-out" ]; then
	timed_out=1
	rm -f "$logdir/timed-out"
	echo "run.sh: VM timed out after ${VM_TIMEOUT}s; where its vCPUs were (all registers: ${vcpus#"$TOP"/}):"
	tr -d '\r' <"$vcpus" | grep -E '^(CPU#|RIP=|hmp.py)' | sed 's/^/  /' || true
elif [ $rc != 0 ]; then
	echo "run.sh: qemu exited with status $rc"
fi
grep -v "$qnoise" "$qlog" | sed 's/^/qemu: /' || true
echo "run.sh: VM ran for ${secs}s; kernel log: ${klog#"$TOP"/}, output: ${olog#"$TOP"/}"

# Stack traces name functions as "func+0x1f/0x80 [module]"; the kernel's own
# decode_stacktrace.sh adds file:line where the objects have debug info.
if [ -n "$DECODE" ] && grep -q 'Call Trace\|backtrace:' "$klog"; then
	ktree=${DECODE%%:*}
	kmods=${DECODE#*:}
	dlog=$logdir/kernel.decoded.log
	# With MODDIR as the base path, our files show as drivers/...c:LINE.
	if [ -x "$ktree/scripts/decode_stacktrace.sh" ] && [ -f "$ktree/vmlinux" ] &&
		tr -d '\r' <"$klog" | "$ktree/scripts/decode_stacktrace.sh" \
			"$ktree/vmlinux" "$kmods" "$kmods" >"$dlog" 2>/dev/null; then
		echo "run.sh: stack traces decoded to file:line (our modules): ${dlog#"$TOP"/}"
		# Frames in modules that resolved to a line ("? " frames are guesses).
		ours=$(grep -E ':[0-9]+\) [A-Za-z0-9_]+[[:space:]]*$' "$dlog" | grep -v '^\[[ 0-9.]*\] *? ' |
			sed 's/^\[[ 0-9.]*\] *//' | awk '!seen[$0]++' | head -n 30)
		if [ -n "$ours" ]; then
			echo "run.sh: our functions in those stack traces (first 30):"
			echo "$ours" | sed 's/^/  /'
		fi
	else
		rm -f "$dlog"
		echo "run.sh: could not decode the stack traces with $ktree/scripts/decode_stacktrace.sh"
	fi
fi

exec "$here/results.sh" ${timed_out:+-t} ${IOASID_RESULTS_PER_PROGRAM:+-p} -j "$JOB" "$olog" "$klog"
