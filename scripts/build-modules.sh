#!/bin/bash
# Build ioasidfd.ko, vfio-pci-ioasid.ko and ioasidfd_kvm.ko in one kbuild
# pass (the root Kbuild lists their directories).
#
# usage: build-modules.sh [-t|-d|-p] [modules|clean]
#
# Default: the release build (IOASIDFD_TEST=n: no mock IOMMU, no
# IOMMU_TEST_CMD), against the installed Debian kernel headers
# (/lib/modules/KVER/build); the .ko files are built beside their sources.
# This is what "make" builds and "make install-modules" installs.
#
# Test build (-t): the same kernel with IOASIDFD_TEST=y (the mock IOMMU and
# IOMMU_TEST_CMD of selftest.c), which the test VM of make check, demo and
# bench runs.  kbuild in 6.1 always writes its outputs beside the sources of
# an external module, so the sources (the root Kbuild, the directories it
# names, include/) are mirrored into build/test/modules/KVER/ and built
# there; the release objects beside the sources are left alone.  The
# modules end up in build/test/modules/KVER/drivers/.../*.ko.
#
# Debug lane (-d): the test build against the debug kernel tree of
# scripts/debug-kernel.sh (built first if the cache does not have it),
# mirrored the same way into build/debug/modules/.  Our objects carry debug
# info (-g) there, so stack traces in the debug kernel's reports can be
# decoded to file:line (the kernel itself has none).
#
# Peer kernel (-p): the test build against the peer 6.12 kernel tree of
# scripts/peer-kernel.sh (upstream iommufd built in), mirrored into
# build/peer/modules/, for "make bench", which measures ours and upstream's
# in one boot of that kernel.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
MODULE_DIRS="drivers/iommu/ioasid drivers/vfio/pci/ioasid drivers/iommu/ioasid/kvm"
MODULES="drivers/iommu/ioasid/ioasidfd.ko drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko
	drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko"

lane=release
case ${1:-} in
-t) lane=test; shift ;;
-d) lane=debug; shift ;;
-p) lane=peer; shift ;;
esac
target=${1:-modules}
case $target in modules | clean) ;; *) echo "usage: $0 [-t|-d|-p] [modules|clean]" >&2; exit 2 ;; esac

if [ $lane = release ] || [ $lane = test ]; then
	KVER=$("$TOP/scripts/kver.sh")
	KDIR=/lib/modules/$KVER/build
	SRC=$TOP
	kflags=(IOASIDFD_TEST=n)
	if [ $lane = test ]; then
		SRC=$TOP/build/test/modules/$KVER
		kflags=(IOASIDFD_TEST=y)
		if [ "$target" = clean ]; then
			rm -rf "$SRC"
			exit 0
		fi
	fi
	if [ ! -f "$KDIR/Makefile" ]; then
		echo "build-modules: no kernel build tree at $KDIR (run 'make deps')" >&2
		exit 1
	fi
else
	SRC=$TOP/build/$lane/modules
	if [ "$target" = clean ]; then
		rm -rf "$SRC"
		exit 0
	fi
	kernel=$("$TOP/scripts/$lane-kernel.sh")
	KDIR=$kernel/linux
	KVER=$(cat "$kernel/kernelrelease")
	kflags=(ARCH=x86_64 IOASIDFD_TEST=y)
	[ $lane = peer ] || kflags+=(KCFLAGS=-g)
fi

if [ "$target" = clean ]; then
	exec make -C "$KDIR" M="$SRC" "${kflags[@]}" clean
fi

missing=
for d in $MODULE_DIRS; do
	[ -f "$TOP/$d/Kbuild" ] || [ -f "$TOP/$d/Makefile" ] || missing="$missing $d/"
done
if [ -n "$missing" ]; then
	echo "build-modules: module sources missing (no Kbuild or Makefile in):$missing" >&2
	exit 1
fi

# Mirror the module sources into $SRC: what kbuild did not make itself.
# A file whose content changed is copied anew (so it is newer than its
# objects); an unchanged one keeps its time (no needless rebuild); one gone
# from the sources goes from the mirror.
is_output() {
	case ${1##*/} in
	.* | *.o | *.ko | *.mod | *.mod.c | *.a | *.d | modules.order | Module.symvers) return 0 ;;
	esac
	return 1
}
mirror() {
	local tops f
	# The root Kbuild, the top directories it names, and include/.
	tops=$(sed -n 's/^[[:space:]]*obj-[^=]*=[[:space:]]*//p' "$TOP/Kbuild" |
		tr ' ' '\n' | sed -n 's,^\([^/][^/]*\)/.*,\1,p' | sort -u)
	mkdir -p "$SRC"
	cp "$TOP/Kbuild" "$SRC/Kbuild.tmp" && mv -f "$SRC/Kbuild.tmp" "$SRC/Kbuild"
	declare -A want=()
	while IFS= read -r -d '' f; do
		f=${f#./}
		is_output "$f" && continue
		want[$f]=1
		if ! cmp -s "$TOP/$f" "$SRC/$f"; then
			mkdir -p "$SRC/$(dirname "$f")"
			cp "$TOP/$f" "$SRC/$f"
		fi
	done < <(cd "$TOP" && find $tops include -type f -print0 2>/dev/null)
	while IFS= read -r -d '' f; do
		f=${f#./}
		is_output "$f" || [ -n "${want[$f]:-}" ] || [ "$f" = Kbuild ] || rm -f "$SRC/$f"
	done < <(cd "$SRC" && find . -type f -print0)
}

case $lane in
debug | peer)
	mirror
	echo "build-modules: building the $lane lane's test modules against $KVER ($KDIR) in ${SRC#"$TOP"/}/"
	;;
test)
	mirror
	echo "build-modules: building the test modules (IOASIDFD_TEST=y) against $KVER ($KDIR) in ${SRC#"$TOP"/}/"
	;;
*)
	echo "build-modules: building the release modules against $KVER ($KDIR)"
	;;
esac
make -C "$KDIR" M="$SRC" "${kflags[@]}" modules

for ko in $MODULES; do
	if [ ! -f "$SRC/$ko" ]; then
		echo "build-modules: kbuild finished but ${SRC#"$TOP"/}/$ko was not produced" >&2
		exit 1
	fi
done

# The KVM handoff's layering rules (no run-time symbol lookups, ioasidfd.ko
# free of kvm): a violation fails the build.
IOASID_KDIR=$KDIR "$TOP/scripts/check-layering.sh" "$SRC"
