#!/bin/sh
# Install the Debian packages ioasid needs to build and to run its test VM.
# Idempotent: prints nothing and touches nothing when all are installed;
# runs "apt-get update" only when something has to be installed.
set -eu

PKGS="qemu-system-x86 linux-image-amd64 linux-headers-amd64 busybox-static
cpio kmod linux-source-6.1 linux-source-6.12 xz-utils gcc make libc6-dev
python3 python3-sphinx man-db pkgconf"

missing=
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	[ "$st" = "install ok installed" ] || missing="$missing $p"
done

[ -z "$missing" ] && exit 0

echo "deps.sh: installing:$missing"
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
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing

# Show which kernel ABI the freshly installed metapackages resolve to.
KVER=$(unset KVER; "$(dirname "$0")/kver.sh")
echo "deps.sh: kernel for build and VM: $KVER"
