#!/bin/sh
# Install the Debian packages ioasid needs to build and to run its test VM,
# with both supported kernels (6.1 and 6.12: image and headers).
# Idempotent: prints nothing and touches nothing when all are installed;
# runs "apt-get update" only when something has to be installed.
#
# usage: deps.sh [--bench|--deb]
#   --bench  also what make bench needs on the host (matplotlib, for the
#            plot of tools/bench/plot.py)
#   --deb    also what make deb and make check-deb need (the Debian
#            packaging tools, DKMS, lintian)
set -eu

PKGS="qemu-system-x86 linux-image-amd64 linux-headers-amd64 busybox-static
cpio kmod linux-source-6.1 linux-source-6.12 xz-utils gcc make libc6-dev
python3 python3-sphinx man-db pkgconf libnl-genl-3-dev"
[ "${1:-}" != --bench ] || PKGS="$PKGS python3-matplotlib"
[ "${1:-}" != --deb ] || PKGS="$PKGS debhelper dh-dkms dkms lintian dpkg-dev"

missing=
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	[ "$st" = "install ok installed" ] || missing="$missing $p"
done

# The second supported kernel, Linux 6.12 (Debian 13's), which Debian 12
# offers as linux-image-6.12.*+deb12-amd64 with its headers and no
# metapackage: the newest version apt knows, unless one is installed.
have_612() {
	for d in /lib/modules/6.12.*-amd64; do
		[ -d "$d/build" ] && [ -e "/boot/vmlinuz-${d#/lib/modules/}" ] && return 0
	done
	return 1
}
newest_612() {
	apt-cache search --names-only '^linux-image-6\.12\.[0-9]+\+deb12-amd64$' 2>/dev/null |
		sed -n 's/^linux-image-\(6\.12\.[0-9]*+deb12-amd64\) .*/\1/p' | sort -V | tail -n 1
}
want_612=
have_612 || want_612=yes

[ -z "$missing" ] && [ -z "$want_612" ] && exit 0

echo "deps.sh: installing:$missing${want_612:+ (and Linux 6.12)}"
if [ "$(id -u)" -ne 0 ]; then
	SUDO=sudo
	command -v sudo >/dev/null 2>&1 || {
		echo "deps.sh: not root and no sudo; install as root:$missing" >&2
		exit 1
	}
else
	SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
if [ -n "$want_612" ]; then
	v=$(newest_612)
	if [ -z "$v" ]; then
		echo "deps.sh: apt offers no linux-image-6.12.*+deb12-amd64" >&2
		exit 1
	fi
	missing="$missing linux-image-$v linux-headers-$v"
fi
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing

# Show which kernels the test lanes will use.
echo "deps.sh: kernels for build and VM: $(unset KVER; "$(dirname "$0")/kver.sh" --all | tr '\n' ' ')"
