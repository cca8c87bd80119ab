#!/bin/sh
# qemu-guest: an unmodified QEMU gives a guest a real PCI device through
# /dev/ioasid, told step by step as a VMM user would do it.
#
# usage: qemu-guest [BDF]
#
# Runs in the test VM (make demo), where Debian 12's backported QEMU 10
# (unmodified) is in /opt/qemu and the guest is the QEMU lane's bare-metal
# test program (tools/qemu-lane/guest): it finds the edu device on its PCI
# bus, has it DMA from and to its own RAM by guest-physical address, checks
# the bytes and prints one line per device on its serial port. Every
# command is printed before it runs. Exit status 0 when the guest's DMA
# landed and QEMU quit cleanly.
set -u

QEMU=${QEMU:-/opt/qemu/bin/qemu-system-x86_64}
FIRMWARE=${FIRMWARE:-/opt/qemu/share/qemu}
GUEST=${GUEST:-/opt/qemu/guest/edu-guest.elf}
WORK=${TMPDIR:-/tmp}/qemu-guest.$$
# Virtual seconds under TCG inside TCG are slow: be generous.
WAIT=${WAIT:-120}

step() { printf '\n== %s\n' "$*"; }
show() { printf '  $ %s\n' "$*"; }
fail() { printf 'qemu-guest: FAILED: %s\n' "$*"; exit 1; }

for f in "$QEMU" "$GUEST"; do
	[ -e "$f" ] || { echo "qemu-guest: SKIP: $f is not in this image"; exit 4; }
done

# The first edu alone in its IOMMU group (a device on the root bus).
bdf=${1:-}
if [ -z "$bdf" ]; then
	for d in ${IOASID_VM_EDU:-}; do
		g=$(readlink "/sys/bus/pci/devices/$d/iommu_group")
		if [ "$(ls "/sys/kernel/iommu_groups/${g##*/}/devices" | wc -l)" = 1 ]; then
			bdf=$d
			break
		fi
	done
fi
[ -n "$bdf" ] || fail "no edu device alone in its IOMMU group"
dev=/sys/bus/pci/devices/$bdf

step "QEMU: $("$QEMU" --version | head -n 1)"

step "1. The device belongs to vfio-pci-ioasid (done at boot here, like this):"
show "echo vfio-pci-ioasid > $dev/driver_override"
show "echo $bdf > /sys/bus/pci/drivers_probe"
drv=$(readlink "$dev/driver")
[ "${drv##*/}" = vfio-pci-ioasid ] || fail "$bdf is bound to '${drv##*/}'"
for v in "$dev"/vfio-dev/vfio*; do
	echo "  $bdf -> /dev/vfio/devices/${v##*/} (char dev $(cat "$v/dev"))"
done

step "2. ioasidfd offers iommufd's own device name, so QEMU needs no option for it:"
show "ls -l /dev/iommu /dev/ioasid"
ls -l /dev/iommu /dev/ioasid | sed 's/^/  /'

step "3. Start the guest with the device assigned through the iommufd backend:"
mkdir -p "$WORK" || fail "mkdir $WORK"
trap 'rm -rf "$WORK"' EXIT
mkfifo "$WORK/monitor.in" "$WORK/monitor.out" || fail "mkfifo"
set -- "$QEMU" -M pc -accel tcg -m 32 -nodefaults -display none \
	-L "$FIRMWARE" -kernel "$GUEST" \
	-object iommufd,id=iommufd0 \
	-device vfio-pci,host="$bdf",iommufd=iommufd0 \
	-serial "file:$WORK/guest.log" \
	-chardev "pipe,id=mon0,path=$WORK/monitor" -mon chardev=mon0
show "$*"
# A VMM's guest RAM is pinned and charged to RLIMIT_MEMLOCK (root here).
"$@" 2>"$WORK/qemu.err" &
qemu=$!
cat "$WORK/monitor.out" >/dev/null &
drain=$!

step "4. The guest programs the device with its own guest-physical addresses:"
t=0
until grep -q '^edu-guest: pass' "$WORK/guest.log" 2>/dev/null; do
	kill -0 "$qemu" 2>/dev/null || break
	[ "$t" -ge "$WAIT" ] && break
	sleep 1
	t=$((t + 1))
done
sed 's/^/  guest: /' "$WORK/guest.log" 2>/dev/null

step "5. What the host sees while the guest runs:"
pin=$(awk '/^VmPin:/ { print $2, $3 }' "/proc/$qemu/status" 2>/dev/null)
echo "  QEMU (pid $qemu) has ${pin:-?} of guest RAM pinned for the device's DMA"

step "6. Quit QEMU (monitor command 'quit'):"
echo quit >"$WORK/monitor.in"
wait "$qemu"
rc=$?
kill "$drain" 2>/dev/null
sed 's/^/  qemu: /' "$WORK/qemu.err"
echo "  QEMU exited with status $rc"

grep -q '^edu-guest: pass 1: tested [1-9][0-9]*, ok [1-9][0-9]*, failed 0' \
	"$WORK/guest.log" || fail "the guest's DMA did not land (see its lines above)"
[ "$rc" = 0 ] || fail "QEMU exited with status $rc"
echo
echo "qemu-guest: PASSED: an unmodified QEMU's guest DMAed into its own RAM through /dev/ioasid and VT-d"
