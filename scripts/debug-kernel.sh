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
# package version, this script and the compiler and linker versions; it holds
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
self=$here/$(basename "$0")
fragment=$TOP/tools/vm/debug.config
patches=$TOP/tools/vm/debug-patches
tarball=${LINUX_SOURCE_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
jobs=${DEBUG_KERNEL_JOBS:-$(nproc)}
action=${1:-build}

say() { echo "debug-kernel: $*" >&2; }
die() { say "$*"; exit 1; }

case $action in build | key | path) ;; *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;; esac

[ -r "$fragment" ] || die "$fragment not found"
[ -r "$tarball" ] || die "$tarball not found; install linux-source-6.1 (scripts/deps.sh does)"

# --- the cache key --------------------------------------------------------
src_version=$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null || true)
# A tarball that does not come from the package is named by size and time.
[ "$tarball" = /usr/src/linux-source-6.1.tar.xz ] && [ -n "$src_version" ] ||
	src_version="file $(stat -c '%s %Y' "$tarball")"
key=$({
	echo "source: $src_version"
	echo "cc: $(gcc --version | head -n 1)"
	echo "ld: $(ld --version | head -n 1)"
	echo "--- debug.config"
	cat "$fragment"
	for p in "$patches"/*.patch; do
		[ -e "$p" ] || continue
		echo "--- $(basename "$p")"
		cat "$p"
	done
	echo "--- debug-kernel.sh"
	cat "$self"
} | sha256sum | cut -c1-16)

if [ "$action" = key ]; then
	echo "$key"
	exit 0
fi

cache=${IOASID_DEBUG_KERNEL_CACHE:-}
[ -n "$cache" ] || cache=$("$here/cache-dir.sh" debug-kernel) ||
	die "cannot create the cache directory"
mkdir -p "$cache" || die "cannot create the cache directory $cache"
cache=$(cd "$cache" && pwd)
final=$cache/$key

done_already() {
	[ -f "$final/bzImage" ] && [ -f "$final/kernelrelease" ] && [ -d "$final/linux" ]
}
report() {
	say "kernel $(cat "$final/kernelrelease"): $final/bzImage (tree $final/linux, modules $final/staging)"
	echo "$final"
}

if [ "$action" = path ]; then
	done_already || exit 1
	echo "$final"
	exit 0
fi

if done_already; then
	report
	exit 0
fi

# --- one builder per key ----------------------------------------------------
exec 8>>"$cache/.lock-$key"
if ! flock -n 8; then
	say "another run is building $key; waiting for it ..."
	flock 8
fi
if done_already; then
	report
	exit 0
fi

# Build tools the kernel needs beyond those scripts/deps.sh installs
# (objtool needs libelf).
need=
for p in flex bison bc libelf-dev xz-utils make gcc libc6-dev kmod; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	[ "$st" = "install ok installed" ] || need="$need $p"
done
if [ -n "$need" ]; then
	say "installing:$need"
	SUDO=
	[ "$(id -u)" = 0 ] || SUDO=sudo
	export DEBIAN_FRONTEND=noninteractive
	{
		$SUDO apt-get update -q
		# shellcheck disable=SC2086
		$SUDO apt-get install -y -q --no-install-recommends $need
	} >&2 || die "could not install:$need"
fi

# Leftovers of interrupted builds of this key (we hold its lock).
rm -rf "$cache/.tmp-$key".*
tmp=$(mktemp -d "$cache/.tmp-$key.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
log=$tmp/build.log
t0=$(date +%s)

step() { say "[$(($(date +%s) - t0))s] $*"; }
# run DESCRIPTION COMMAND...: output to the build log; on failure show its tail.
run() {
	local what=$1
	shift
	step "$what"
	if ! "$@" >>"$log" 2>&1; then
		say "FAILED: $what; the last lines of the build log:"
		tail -n 60 "$log" | sed 's/^/  /' >&2
		cp "$log" "$cache/failed-$key.log" 2>/dev/null &&
			say "full log: $cache/failed-$key.log"
		exit 1
	fi
}

K=(make -C "$tmp/linux" ARCH=x86_64)

say "building the debug kernel $key in $cache (cold build: several minutes)"
run "extracting $(basename "$tarball") ($src_version)" tar -xJf "$tarball" -C "$tmp"
mv "$tmp/$(basename "$tarball" .tar.xz)" "$tmp/linux"
for p in "$patches"/*.patch; do
	[ -e "$p" ] || continue
	run "applying debug-patches/$(basename "$p")" patch -d "$tmp/linux" -p1 -i "$p"
done

run "make tinyconfig" "${K[@]}" tinyconfig
run "merging tools/vm/debug.config" \
	sh -c 'cd "$1" && scripts/kconfig/merge_config.sh -m .config "$2"' sh "$tmp/linux" "$fragment"
run "make olddefconfig" "${K[@]}" olddefconfig

# Every line of the fragment must hold: "CONFIG_X=v" exactly, and
# "# CONFIG_X is not set" as not set (or absent).
step "checking the final .config against debug.config"
bad=0
while IFS= read -r line; do
	case $line in
	CONFIG_*=*)
		sym=${line%%=*}
		got=$(grep -E "^(# )?$sym[= ]" "$tmp/linux/.config" || true)
		[ "$got" = "$line" ] && continue
		;;
	"# CONFIG_"*" is not set")
		sym=${line#\# }
		sym=${sym%% *}
		got=$(grep -E "^$sym=" "$tmp/linux/.config" || true)
		[ -z "$got" ] && continue
		;;
	*) continue ;;
	esac
	say "  Kconfig did not keep '$line': the .config has '${got:-nothing for $sym}'"
	bad=1
done <"$fragment"
if [ $bad = 1 ]; then
	cp "$tmp/linux/.config" "$cache/failed-$key.config"
	die "tools/vm/debug.config asks for options Kconfig dropped (missing dependencies?); .config kept in $cache/failed-$key.config"
fi

run "building bzImage and modules (make -j$jobs; this is the long part)" \
	"${K[@]}" -j"$jobs" bzImage modules
kver=$("${K[@]}" -s kernelrelease)
run "installing modules to staging/" \
	"${K[@]}" INSTALL_MOD_PATH="$tmp/staging" modules_install
# modules_install points build/ and source/ at the temporary tree.
for l in build source; do
	ln -sfn "$final/linux" "$tmp/staging/lib/modules/$kver/$l"
done
cp "$tmp/linux/arch/x86/boot/bzImage" "$tmp/bzImage"
echo "$kver" >"$tmp/kernelrelease"
secs=$(($(date +%s) - t0))
{
	echo "key: $key"
	echo "kernelrelease: $kver"
	echo "source: $src_version ($tarball)"
	echo "cc: $(gcc --version | head -n 1)"
	echo "ld: $(ld --version | head -n 1)"
	echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) in ${secs}s with -j$jobs on $(nproc) CPUs"
} >"$tmp/info"
chmod 755 "$tmp"

mv -T "$tmp" "$final"
trap - EXIT
rm -f "$cache/failed-$key.log" "$cache/failed-$key.config"
say "built in ${secs}s ($(du -sh "$final" | cut -f1) in the cache)"
report
