#!/bin/bash
# Install (or remove) the kernel modules for real use: ioasidfd.ko,
# vfio-pci-ioasid.ko and the KVM glue ioasidfd_kvm.ko (which the core loads
# with request_module(), so depmod must know it) built WITHOUT the test
# build's mock IOMMU
# (IOASIDFD_TEST=n), into /lib/modules/KVER/updates/ioasid/, then depmod.
#
# usage: install-modules.sh install|uninstall
#
# The modules are built in build/release/modules/, a copy of the module
# sources (kbuild writes its objects beside the sources), so the test
# build's .ko files beside the sources stay as they are.  DESTDIR puts the
# files under a staging root (depmod then runs with -b DESTDIR when that
# root has the kernel's modules.dep, and not at all otherwise).  KVER is
# discovered by scripts/kver.sh unless set.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
KVER=${KVER:-$("$TOP/scripts/kver.sh")}
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
	KDIR=/lib/modules/$KVER/build
	[ -f "$KDIR/Makefile" ] || { echo "install-modules: no kernel build tree at $KDIR (run 'make deps')" >&2; exit 1; }
	src=$TOP/build/release/modules
	mkdir -p "$src"
	# The sources only; stale copies of removed files would not hurt kbuild.
	(cd "$TOP" && tar cf - --exclude='*.o' --exclude='*.ko' --exclude='*.mod*' \
		--exclude='.*.cmd' --exclude=modules.order --exclude=Module.symvers \
		Kbuild drivers include) | (cd "$src" && tar xf -)
	echo "install-modules: building release modules (IOASIDFD_TEST=n) against $KVER"
	make -C "$KDIR" M="$src" IOASIDFD_TEST=n modules
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
