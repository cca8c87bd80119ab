#!/bin/sh
# Build ioasidfd.ko and vfio-pci-ioasid.ko in one kbuild pass (the root Kbuild
# lists both directories) against the installed Debian kernel headers.
#
# usage: build-modules.sh [modules|clean]
set -eu

TOP=$(cd "$(dirname "$0")/.." && pwd)
KVER=$("$TOP/scripts/kver.sh")
KDIR=/lib/modules/$KVER/build
MODULE_DIRS="drivers/iommu/ioasid drivers/vfio/pci/ioasid"
MODULES="drivers/iommu/ioasid/ioasidfd.ko drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko"
target=${1:-modules}

if [ ! -f "$KDIR/Makefile" ]; then
	echo "build-modules: no kernel build tree at $KDIR (run 'make deps')" >&2
	exit 1
fi

if [ "$target" = clean ]; then
	exec make -C "$KDIR" M="$TOP" clean
fi

missing=
for d in $MODULE_DIRS; do
	[ -f "$TOP/$d/Kbuild" ] || [ -f "$TOP/$d/Makefile" ] || missing="$missing $d/"
done
if [ -n "$missing" ]; then
	echo "build-modules: module sources missing (no Kbuild or Makefile in):$missing" >&2
	exit 1
fi

echo "build-modules: building against $KVER ($KDIR)"
make -C "$KDIR" M="$TOP" modules

for ko in $MODULES; do
	if [ ! -f "$TOP/$ko" ]; then
		echo "build-modules: kbuild finished but $ko was not produced" >&2
		exit 1
	fi
done
