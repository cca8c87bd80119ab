#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Module layering check of the KVM handoff (run by build-modules.sh after
# every module build; a failure fails the build).
#
# usage: check-layering.sh [-a] [MODDIR]
#   MODDIR  where the built .ko files are (default: the repository root)
#   -a      also grep every file of the checkout, binaries and build/
#           included (scripts/vm-job.sh runs this once the VM image is made:
#           the promise is that a grep over the tree finds nothing, built or
#           not; the kernel images and Debian's kvm.ko, which use the lookups
#           themselves, stay compressed or outside the clone)
#
#   - No source in the tree looks kernel symbols up at run time (the
#     symbol-get family): module dependencies must be link-time ones that
#     modprobe, depmod and the module refcounts know about.
#   - No built module imports those functions either.
#   - ioasidfd.ko does not depend on kvm (it must load without kvm.ko);
#     ioasidfd_kvm.ko depends on both kvm and ioasidfd (on kvm only as a
#     module: where $IOASID_KDIR, the kernel tree built against, has kvm
#     built in, as the peer kernel does, there is nothing to depend on).
#   - Inside ioasidfd.ko, calls only go down its layers
#     (check-core-layers.sh).
set -eu

TOP=$(cd "$(dirname "$0")/.." && pwd)
all=
if [ "${1:-}" = -a ]; then
	all=1
	shift
fi
MODDIR=${1:-$TOP}
# Spelled in two halves so that this file does not match itself.
pat="symbol""_\(get\|request\|put\)"
fail=0

hits=$(cd "$TOP" && grep -rIn --exclude-dir=build --exclude-dir=.git \
	--exclude='*.o' --exclude='*.ko' --exclude='*.mod.c' "$pat" . || true)
if [ -n "$hits" ]; then
	echo "check-layering: run-time symbol lookups in the sources:" >&2
	echo "$hits" | sed 's/^/  /' >&2
	fail=1
fi

if [ -n "$all" ]; then
	hits=$(cd "$TOP" && grep -rl --exclude-dir=.git "$pat" . || true)
	if [ -n "$hits" ]; then
		echo "check-layering: files of the built checkout name a run-time symbol lookup:" >&2
		echo "$hits" | sed 's/^/  /' >&2
		fail=1
	fi
fi

for ko in "$MODDIR"/drivers/iommu/ioasid/ioasidfd.ko \
	"$MODDIR"/drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko \
	"$MODDIR"/drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko; do
	[ -f "$ko" ] || continue
	if nm -u "$ko" 2>/dev/null | grep -q "__$pat"; then
		echo "check-layering: ${ko#"$MODDIR"/} imports a run-time symbol lookup" >&2
		fail=1
	fi
done

core=$MODDIR/drivers/iommu/ioasid/ioasidfd.ko
glue=$MODDIR/drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko
if [ -f "$core" ]; then
	deps=,$(modinfo -F depends "$core"),
	case $deps in *,kvm,* | *,kvm_*)
		echo "check-layering: ioasidfd.ko depends on KVM ($deps)" >&2
		fail=1 ;;
	esac
fi
if [ -f "$glue" ]; then
	deps=,$(modinfo -F depends "$glue"),
	kvm_builtin=
	grep -qs '/kvm/kvm\.ko$' "${IOASID_KDIR:-/nonexistent}/modules.builtin" && kvm_builtin=1
	[ -z "$kvm_builtin" ] || deps=${deps},kvm,
	case $deps in *,kvm,*) ;; *)
		echo "check-layering: ioasidfd_kvm.ko does not depend on kvm ($deps)" >&2
		fail=1 ;;
	esac
	case $deps in *,ioasidfd,*) ;; *)
		echo "check-layering: ioasidfd_kvm.ko does not depend on ioasidfd ($deps)" >&2
		fail=1 ;;
	esac
fi
# Inside ioasidfd.ko: every call goes down its layers.
if [ -f "$MODDIR/drivers/iommu/ioasid/object.o" ]; then
	"$TOP/scripts/check-core-layers.sh" "$MODDIR/drivers/iommu/ioasid" || fail=1
fi

[ $fail = 0 ] && echo "check-layering: ok (no run-time symbol lookups${all:+ in any file of the checkout}; ioasidfd.ko free of kvm)"
exit $fail
