#!/bin/bash
# Build ioasidfd.ko and vfio-pci-ioasid.ko in one kbuild pass (the root Kbuild
# lists both directories).
#
# usage: build-modules.sh [-d] [modules|clean]
#
# Stock lane (default): against the installed Debian kernel headers
# (/lib/modules/KVER/build); the .ko files are built beside their sources.
#
# Debug lane (-d): against the debug kernel tree of scripts/debug-kernel.sh
# (built first if the cache does not have it).  kbuild in 6.1 always writes
# its outputs beside the sources of an external module, so the sources (the
# root Kbuild, the directories it names, include/) are mirrored into
# build/debug/modules/ and built there; the stock lane's objects are left
# alone.  Our objects carry debug info (-g) there, so stack traces in the
# debug kernel's reports can be decoded to file:line (the kernel itself has
# none).  The modules end up in build/debug/modules/drivers/.../*.ko.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
MODULE_DIRS="drivers/iommu/ioasid drivers/vfio/pci/ioasid drivers/iommu/ioasid/kvm"
MODULES="drivers/iommu/ioasid/ioasidfd.ko drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko
	drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko"

lane=stock
if [ "${1:-}" = -d ]; then
	lane=debug
	shift
fi
target=${1:-modules}
case $target in modules | clean) ;; *) echo "usage: $0 [-d] [modules|clean]" >&2; exit 2 ;; esac

if [ $lane = stock ]; then
	KVER=$("$TOP/scripts/kver.sh")
	KDIR=/lib/modules/$KVER/build
	SRC=$TOP
	kflags=()
	if [ ! -f "$KDIR/Makefile" ]; then
		echo "build-modules: no kernel build tree at $KDIR (run 'make deps')" >&2
		exit 1
	fi
else
	SRC=$TOP/build/debug/modules
	if [ "$target" = clean ]; then
		rm -rf "$SRC"
		exit 0
	fi
	kernel=$("$TOP/scripts/debug-kernel.sh")
	KDIR=$kernel/linux
	KVER=$(cat "$kernel/kernelrelease")
	kflags=(ARCH=x86_64 KCFLAGS=-g)
fi

if [ "$target" = clean ]; then
	exec make -C "$KDIR" M="$SRC" clean
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

if [ $lane = debug ]; then
	mirror
	echo "build-modules: building the debug lane's modules against $KVER ($KDIR) in ${SRC#"$TOP"/}/"
else
	echo "build-modules: building against $KVER ($KDIR)"
fi
make -C "$KDIR" M="$SRC" "${kflags[@]}" modules

for ko in $MODULES; do
	if [ ! -f "$SRC/$ko" ]; then
		echo "build-modules: kbuild finished but ${SRC#"$TOP"/}/$ko was not produced" >&2
		exit 1
	fi
done

# The KVM handoff's layering rules (no run-time symbol lookups, ioasidfd.ko
# free of kvm): a violation fails the build.
"$TOP/scripts/check-layering.sh" "$SRC"
