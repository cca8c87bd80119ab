#!/bin/bash
# Build (once) the debug 6.1 kernel of "make check-debug" and print where it is.
#
# usage: debug-kernel.sh [build|key|path]
#   build  (default) build the kernel unless the cache has it; print its
#          directory on stdout (everything else goes to stderr)
#   key    print the cache key only
#   path   print the directory if the kernel is cached, else exit 1
#
# The kernel is Debian's linux-source-6.1 configured as "make ARCH=x86_64
# tinyconfig" plus tools/vm/debug.config (KASAN, lockdep, kmemleak, UBSAN,
# fault injection, and what the test VM needs), then "make olddefconfig",
# with the patches of tools/vm/debug-patches/ applied in name order: fixes
# of bugs in that kernel which the debug options report although our
# modules are not involved (each patch says which and why).
# The build stops if any line of debug.config does not hold in the final
# .config (Kconfig silently drops options whose dependencies are missing).
#
# Cache: $IOASID_DEBUG_KERNEL_CACHE (default /var/cache/ioasid/debug-kernel,
# or ~/.cache/ioasid/debug-kernel when that is not writable), outside any
# clone, so every clone and every CI run on the machine shares it.  An entry
# is named by a hash of debug.config, the patches, the linux-source-6.1
# package version, this script, scripts/kernel-cache.sh (the build and cache
# logic it shares with scripts/peer-kernel.sh) and the compiler and linker
# versions; it holds
#   linux/       the configured and built tree (the KDIR for our M= builds)
#   staging/     "make modules_install" output: lib/modules/KVER/...
#   bzImage      the kernel image
#   kernelrelease, info, build.log
# Concurrent runs wait on a per-key lock; a build happens in a temporary
# directory beside the entry and is renamed into place only when complete, so
# an interrupted build leaves nothing that looks finished (its leftovers are
# removed by the next build of the same key).  Old entries are never removed
# automatically: delete the directories you no longer need.
#
# Environment: IOASID_DEBUG_KERNEL_CACHE, LINUX_SOURCE_TARBALL (default
# /usr/src/linux-source-6.1.tar.xz), DEBUG_KERNEL_JOBS (default: nproc).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/.." && pwd)
action=${1:-build}
case $action in build | key | path) ;; *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;; esac

KC_NAME=debug-kernel
KC_WHAT="the debug kernel"
KC_SELF=$here/$(basename "$0")
KC_FRAGMENT=$TOP/tools/vm/debug.config
KC_PATCHES=$TOP/tools/vm/debug-patches
KC_PACKAGE=linux-source-6.1
KC_TARBALL=${LINUX_SOURCE_TARBALL:-}
KC_CACHE=${IOASID_DEBUG_KERNEL_CACHE:-}
KC_JOBS=${DEBUG_KERNEL_JOBS:-}
# shellcheck source=scripts/kernel-cache.sh
. "$here/kernel-cache.sh"
kernel_cache_main "$action"
