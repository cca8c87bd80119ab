#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Usage: scripts/upstream-selftests.sh OUTDIR
#
# Builds upstream iommufd's own selftests, "iommufd" and "iommufd_fail_nth"
# (tools/testing/selftests/iommu/ of Debian's linux-source-6.12), as static
# programs OUTDIR/iommufd and OUTDIR/iommufd_fail_nth. Nothing of them is
# kept in this tree: they are built from the installed package every time
# the package or this script changes (a stamp in OUTDIR says which), and
# otherwise left alone.
#
# Debian's 6.12 selftests are newer than the uAPI headers of the same
# package: they use a few constants of later upstream releases. Those are
# added here, each only if the package's header lacks it, with upstream's
# values (the same as in include/uapi/linux/ioasid.h and
# drivers/iommu/ioasid/ioasidfd_test.h):
#   - struct iommu_hw_info: @in_data_type shares its word with
#     @out_data_type (a union), IOMMU_HW_INFO_TYPE_DEFAULT = 0 and
#     IOMMU_HW_INFO_FLAG_INPUT_TYPE = 1 << 0 (Linux 6.17);
#   - the mock's MOCK_FLAGS_DEVICE_PASID = 1 << 2 and MOCK_PASID_WIDTH = 20
#     (Linux 6.16).
# User-space copies of uAPI headers lose their __user annotations, as
# "make headers_install" would do.
#
# The programs run in the test VM through tools/selftests/upstream/run.sh,
# which marks the differences listed in tools/selftests/upstream/
# known-differences.
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
tarball=${LINUX_SOURCE_612_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
if [ ! -r "$tarball" ]; then
	echo "$0: $tarball not found; install the linux-source-6.12 package" \
	     "(scripts/deps.sh does)" >&2
	exit 1
fi
top=$(basename "$tarball" .tar.xz)	# linux-source-6.12
pkgver=$(dpkg-query -W -f '${Version}' "$top" 2>/dev/null || echo unknown)
stamp="$pkgver $(sha256sum "$0" | cut -c1-16) ${CC:-gcc}"
progs="iommufd iommufd_fail_nth"

if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ]; then
	ok=1
	for p in $progs; do
		[ -x "$out/$p" ] || ok=0
	done
	[ $ok = 1 ] && exit 0
fi

mkdir -p "$out"
tmp=$(mktemp -d "${out%/}/.build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

sel=tools/testing/selftests
tar -xJf "$tarball" -C "$tmp" \
	"$top/$sel/iommu/iommufd.c" "$top/$sel/iommu/iommufd_fail_nth.c" \
	"$top/$sel/iommu/iommufd_utils.h" "$top/$sel/kselftest_harness.h" \
	"$top/$sel/kselftest.h" "$top/drivers/iommu/iommufd/iommufd_test.h" \
	"$top/include/uapi/linux/iommufd.h" "$top/include/uapi/linux/vfio.h"
src=$tmp/$top
inc=$tmp/include/linux
mkdir -p "$inc"
for h in iommufd.h vfio.h; do
	sed -e 's/[[:space:]]*__user[[:space:]]*/ /g' \
		"$src/include/uapi/linux/$h" >"$inc/$h"
done

# has FILE WORD: whether WORD is already defined in FILE.
has() { grep -qw "$2" "$1"; }

h=$inc/iommufd.h
if ! has "$h" in_data_type; then
	# Only struct iommu_hw_info has an out_data_type member.
	sed -i 's/^\(\t*\)__u32 out_data_type;/\1union {\n\1\t__u32 in_data_type;\n\1\t__u32 out_data_type;\n\1};/' "$h"
	has "$h" in_data_type || { echo "$0: cannot add in_data_type" >&2; exit 1; }
fi
if ! has "$h" IOMMU_HW_INFO_TYPE_DEFAULT; then
	sed -i 's/^\(\t*\)IOMMU_HW_INFO_TYPE_NONE = 0,/&\n\1IOMMU_HW_INFO_TYPE_DEFAULT = 0,/' "$h"
	has "$h" IOMMU_HW_INFO_TYPE_DEFAULT ||
		{ echo "$0: cannot add IOMMU_HW_INFO_TYPE_DEFAULT" >&2; exit 1; }
fi
if ! has "$h" IOMMU_HW_INFO_FLAG_INPUT_TYPE; then
	cat >>"$h" <<'EOF'
#ifndef IOMMU_HW_INFO_FLAG_INPUT_TYPE
enum iommufd_hw_info_flags {
	IOMMU_HW_INFO_FLAG_INPUT_TYPE = 1 << 0,
};
#endif
EOF
fi
t=$src/drivers/iommu/iommufd/iommufd_test.h
extra=
has "$t" MOCK_FLAGS_DEVICE_PASID ||
	extra="${extra}enum { MOCK_FLAGS_DEVICE_PASID = 1 << 2 };\n"
has "$t" MOCK_PASID_WIDTH || extra="${extra}#define MOCK_PASID_WIDTH 20\n"
if [ -n "$extra" ]; then
	# Inside the include guard: before the header's last line, its #endif.
	tail -n 1 "$t" | grep -q '^#endif' ||
		{ echo "$0: $t does not end with #endif" >&2; exit 1; }
	{ head -n -1 "$t"; printf '%b' "$extra"; tail -n 1 "$t"; } >"$tmp/t.h"
	mv "$tmp/t.h" "$t"
fi

cd "$src/$sel/iommu"
for p in $progs; do
	${CC:-gcc} -Wall -O2 -Wno-unused-function -D_GNU_SOURCE -I"$tmp/include" -static \
		-pthread "$p.c" -o "$tmp/$p"
done
for p in $progs; do
	mv -f "$tmp/$p" "$out/$p"
done
echo "$stamp" >"$out/.stamp"
echo "upstream-selftests: built $progs from $top $pkgver"
