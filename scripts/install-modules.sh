#!/bin/bash
# Install (or remove) the kernel modules for real use: ioasidfd.ko,
# vfio-pci-ioasid.ko and the KVM glue ioasidfd_kvm.ko (which the core loads
# with request_module(), so depmod must know it), the release build (no
# mock IOMMU, no IOMMU_TEST_CMD: what "make" builds beside the sources,
# scripts/build-modules.sh), into /lib/modules/KVER/updates/ioasid/, then
# depmod.
#
# usage: install-modules.sh install|uninstall
#
# DESTDIR puts the files under a staging root (depmod then runs with -b
# DESTDIR when that root has the kernel's modules.dep, and not at all
# otherwise).  KVER: the running kernel if its headers are installed, else
# the newest supported kernel (scripts/kver.sh), unless set.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
# The running kernel when its headers are installed (modules are installed
# for use), else the newest supported one.
if [ -z "${KVER:-}" ]; then
	KVER=$(uname -r)
	[ -d "/lib/modules/$KVER/build" ] || KVER=$("$TOP/scripts/kver.sh")
fi
DESTDIR=${DESTDIR:-}
KOS="drivers/iommu/ioasid/ioasidfd.ko drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko
	drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko"
dst=$DESTDIR/lib/modules/$KVER/updates/ioasid

run_depmod() {
	if [ -z "$DESTDIR" ]; then
		depmod -a "$KVER"
	elif [ -f "$DESTDIR/lib/modules/$KVER/modules.dep" ]; then
		depmod -b "$DESTDIR" -a "$KVER"
	else
		echo "install-modules: DESTDIR set: run 'depmod -a $KVER' on the target"
	fi
}

case ${1:-} in
install)
	echo "install-modules: building the release modules against $KVER"
	KVER=$KVER "$TOP/scripts/build-modules.sh" modules
	src=$TOP
	install -d "$dst"
	for ko in $KOS; do
		install -m 0644 "$src/$ko" "$dst/"
		echo "install-modules: $dst/$(basename "$ko")"
	done
	run_depmod
	;;
uninstall)
	for ko in $KOS; do
		rm -f "$dst/$(basename "$ko")"
	done
	rmdir "$dst" 2>/dev/null || true
	run_depmod
	;;
*)
	echo "usage: $0 install|uninstall" >&2
	exit 2
	;;
esac
