#!/bin/bash
# Build (once) the peer 6.12 kernel of "make check-peer" and print where it is.
#
# usage: peer-kernel.sh [build|key|path]
#   build  (default) build the kernel unless the cache has it; print its
#          directory on stdout (everything else goes to stderr)
#   key    print the cache key only
#   path   print the directory if the kernel is cached, else exit 1
#
# The kernel is Debian's linux-source-6.12 configured as "make ARCH=x86_64
# tinyconfig" plus tools/vm/peer.config (upstream iommufd with its test
# mock, the VFIO device cdev, vfio-pci, VFIO type1, VT-d with interrupt
# remapping, KVM, and what the test VM needs, all built in), then "make
# olddefconfig".  The build stops if any line of peer.config does not hold
# in the final .config.
#
# Cache: $IOASID_PEER_KERNEL_CACHE (default /var/cache/ioasid/peer-kernel,
# or ~/.cache/ioasid/peer-kernel when that is not writable), shared by every
# clone and CI run on the machine, with the conventions of the debug kernel
# (key, entry layout, lock, temporary directory): see scripts/kernel-cache.sh.
#
# Environment: IOASID_PEER_KERNEL_CACHE, LINUX_SOURCE_TARBALL (default
# /usr/src/linux-source-6.12.tar.xz), PEER_KERNEL_JOBS (default: nproc).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/.." && pwd)
action=${1:-build}
case $action in build | key | path) ;; *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;; esac

KC_NAME=peer-kernel
KC_WHAT="the peer kernel"
KC_SELF=$here/$(basename "$0")
KC_FRAGMENT=$TOP/tools/vm/peer.config
KC_PATCHES=$TOP/tools/vm/peer-patches
KC_PACKAGE=linux-source-6.12
KC_TARBALL=${LINUX_SOURCE_TARBALL:-}
KC_CACHE=${IOASID_PEER_KERNEL_CACHE:-}
KC_JOBS=${PEER_KERNEL_JOBS:-}
# shellcheck source=scripts/kernel-cache.sh
. "$here/kernel-cache.sh"
kernel_cache_main "$action"
