#!/bin/bash
# Build (once) the patched QEMU of contrib/qemu/ and print where it is.
#
# usage: qemu.sh [build|key|path]
#   build  (default) build qemu-system-x86_64 unless the cache has it; print
#          its directory on stdout (everything else goes to stderr)
#   key    print the cache key only
#   path   print the directory if it is cached, else exit 1
#
# What: QEMU's own configure and ninja on the upstream source of Debian
# bookworm-backports' "qemu" source package (its qemu_<version>+ds.orig.tar.xz;
# the Debian packaging is not used), with contrib/qemu/*.patch applied in name
# order: x86_64-softmmu only, KVM and TCG, libfdt from the system, no docs, no
# optional features, no firmware (run it with -L DIR for the BIOS and option
# ROMs).  The binary is linked against the host's libraries.
#
# The upstream series is pinned to QEMU_SERIES (default 10.0): the patch is
# written against 10.0's hw/vfio/iommufd.c.  The newest source version of that
# series in the backports Sources index is used.  The host's apt
# configuration is not touched: a private one in the cache (apt/: its own
# sources.list with deb and deb-src lines for bookworm-backports, its own lists
# and package cache, Debian's archive keyring) finds the source and the build
# tools that bookworm lacks (meson >= 1.5 and python3-pycotap, both
# architecture "all": unpacked with dpkg -x, never installed).  Its index is
# refreshed when it is older than a day.  Host packages the build needs are
# installed with apt-get when missing.
#
# Cache: $IOASID_QEMU_CACHE (default /var/cache/ioasid/qemu, or
# ~/.cache/ioasid/qemu when that is not writable; see scripts/cache-dir.sh).
# An entry is named by a hash of the upstream version and SHA256 of the source
# tarball, the patches, this script and the compiler version; it holds
#   qemu-system-x86_64   the binary (stripped)
#   version              its "--version" line
#   patches/             the patches that were applied
#   info, build.log
# Beside the entries: apt/ (the private apt configuration and state), src/
# (downloaded source tarballs, checked against the index's SHA256).
# Concurrent runs wait on a per-key lock; a build happens in a temporary
# directory beside the entry and is renamed into place only when complete (the
# build tree is deleted first), so an interrupted build leaves nothing that
# looks finished.  Old entries are never removed automatically.
#
# Environment: IOASID_QEMU_CACHE, QEMU_SERIES (default 10.0), QEMU_BUILD_JOBS
# (default: nproc), QEMU_APT_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/.." && pwd)
self=$here/$(basename "$0")
patchdir=$TOP/contrib/qemu
series=${QEMU_SERIES:-10.0}
jobs=${QEMU_BUILD_JOBS:-$(nproc)}
mirror=${QEMU_APT_MIRROR:-http://deb.debian.org/debian}
suite=bookworm-backports
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
action=${1:-build}

say() { echo "qemu: $*" >&2; }
die() { say "$*"; exit 1; }

case $action in build | key | path) ;; *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;; esac

patches=("$patchdir"/*.patch)
[ -e "${patches[0]}" ] || die "no patches in $patchdir"

cache=${IOASID_QEMU_CACHE:-}
[ -n "$cache" ] || cache=$("$here/cache-dir.sh" qemu) ||
	die "cannot create the cache directory"
mkdir -p "$cache" || die "cannot create the cache directory $cache"
cache=$(cd "$cache" && pwd)

# --- the private apt configuration ----------------------------------------------
aptdir=$cache/apt
mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial"
cat >"$aptdir/sources.list.new" <<EOF
deb [signed-by=$keyring] $mirror $suite main
deb-src [signed-by=$keyring] $mirror $suite main
EOF
mv "$aptdir/sources.list.new" "$aptdir/sources.list"
cat >"$aptdir/apt.conf.new" <<EOF
Dir::Etc::SourceList "$aptdir/sources.list";
Dir::Etc::SourceParts "/dev/null";
Dir::State::Lists "$aptdir/lists";
Dir::Cache "$aptdir/cache";
EOF
mv "$aptdir/apt.conf.new" "$aptdir/apt.conf"
# apt-get with that configuration, one at a time.
papt() { APT_CONFIG=$aptdir/apt.conf flock "$cache/.lock-apt" "$@"; }

# (apt dates the list files by the archive's clock, hence a stamp of our own)
if [ -z "$(find "$aptdir/updated" -mmin -1440 2>/dev/null)" ]; then
	say "refreshing the $suite index (private apt configuration in $aptdir)"
	if papt apt-get update -q >"$aptdir/update.log" 2>&1; then
		touch "$aptdir/updated"
	else
		sed 's/^/  /' "$aptdir/update.log" >&2
		[ -f "$aptdir/updated" ] || die "apt-get update of $suite failed"
		say "apt-get update failed; using the index of $(date -r "$aptdir/updated")"
	fi
fi

# The newest version of the "qemu" source package in the series.
src_version=
for v in $(papt apt-cache showsrc --only-source qemu 2>/dev/null | sed -n 's/^Version: //p'); do
	up=${v#*:}
	up=${up%%+*}
	case $up in "$series".*) ;; *) continue ;; esac
	if [ -z "$src_version" ] || dpkg --compare-versions "$v" gt "$src_version"; then
		src_version=$v
	fi
done
[ -n "$src_version" ] || die "no qemu source of series $series in $suite (see apt-cache showsrc qemu with APT_CONFIG=$aptdir/apt.conf)"
upstream=${src_version#*:}
upstream=${upstream%%+*}

# Its upstream tarball: 'URL' NAME SIZE SHA256:HASH
read -r src_url src_name _ src_hash < <(
	papt apt-get -q --only-source --print-uris source "qemu=$src_version" 2>/dev/null |
		sed -n "s/^'\([^']*\)' \(qemu_[^ ]*\.orig\.tar\.xz\) \([0-9]*\) \(SHA256:[0-9a-f]*\)\$/\1 \2 \3 \4/p"
) || true
[ -n "${src_hash:-}" ] || die "no SHA256-checked .orig.tar.xz for qemu $src_version"

# --- the cache key --------------------------------------------------------------
key=$({
	echo "source: $upstream $src_name $src_hash"
	echo "cc: $(gcc --version | head -n 1)"
	for p in "${patches[@]}"; do
		echo "--- $(basename "$p")"
		cat "$p"
	done
	echo "--- qemu.sh"
	cat "$self"
} | sha256sum | cut -c1-16)

if [ "$action" = key ]; then
	echo "$key"
	exit 0
fi

final=$cache/$key

done_already() {
	[ -x "$final/qemu-system-x86_64" ] && [ -f "$final/version" ] && [ -f "$final/info" ]
}
report() {
	say "$(cat "$final/version"): $final/qemu-system-x86_64"
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

# --- one builder per key ----------------------------------------------------------
exec 8>>"$cache/.lock-$key"
if ! flock -n 8; then
	say "another run is building $key; waiting for it ..."
	flock 8
fi
if done_already; then
	report
	exit 0
fi

# Host packages the build needs.
# python3-pip: mkvenv (configure) takes distlib from it; python3-venv: venv.
need=
for p in gcc libc6-dev binutils python3 python3-venv python3-pip ninja-build \
	pkgconf libglib2.0-dev libfdt-dev zlib1g-dev xz-utils patch \
	debian-archive-keyring; do
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
# fail WHAT: show the tail of the build log, keep the log, stop.
fail() {
	say "FAILED: $1; the last lines of the build log:"
	tail -n 60 "$log" | sed 's/^/  /' >&2
	cp "$log" "$cache/failed-$key.log" 2>/dev/null &&
		say "full log: $cache/failed-$key.log"
	exit 1
}
# run DESCRIPTION COMMAND...: output to the build log; on failure show its tail.
run() {
	local what=$1
	shift
	step "$what"
	"$@" >>"$log" 2>&1 || fail "$what"
}

say "building QEMU $upstream $key in $cache (cold build: about 10 minutes on 2 CPUs)"

# The source tarball, kept in src/ for later builds; apt-helper checks the hash.
mkdir -p "$cache/src"
tarball=$cache/src/$src_name
if ! { [ -f "$tarball" ] &&
	[ "$(sha256sum <"$tarball" | cut -d' ' -f1)" = "${src_hash#SHA256:}" ]; }; then
	run "downloading $src_url" \
		/usr/lib/apt/apt-helper download-file "$src_url" "$tmp/$src_name" "$src_hash"
	mv -f "$tmp/$src_name" "$tarball"
fi

# meson and pycotap from backports, unpacked into tools/ (on PATH and
# PYTHONPATH for configure and for ninja, which runs meson again).
mkdir -p "$tmp/debs" "$tmp/tools"
run "downloading meson and python3-pycotap from $suite" \
	sh -c 'cd "$1" && shift && "$@"' sh "$tmp/debs" \
	env APT_CONFIG="$aptdir/apt.conf" flock "$cache/.lock-apt" \
	apt-get -q download meson python3-pycotap
for d in "$tmp"/debs/*.deb; do
	run "unpacking $(basename "$d")" dpkg -x "$d" "$tmp/tools"
done
export PATH=$tmp/tools/usr/bin:$PATH
export PYTHONPATH=$tmp/tools/usr/lib/python3/dist-packages${PYTHONPATH:+:$PYTHONPATH}
tools_versions=$(cd "$tmp/debs" && echo *.deb)

mkdir "$tmp/src"
run "extracting $src_name" tar --no-same-owner -xJf "$tarball" -C "$tmp/src"
srcdir=$(echo "$tmp"/src/*/)
srcdir=${srcdir%/}
[ -f "$srcdir/VERSION" ] || fail "$src_name has no top directory with VERSION"
[ "$(cat "$srcdir/VERSION")" = "$upstream" ] ||
	fail "$src_name says VERSION $(cat "$srcdir/VERSION"), not $upstream"

mkdir "$tmp/patches"
for p in "${patches[@]}"; do
	run "applying $(basename "$p")" patch -d "$srcdir" -p1 --batch --forward --fuzz=0 -i "$p"
	cp "$p" "$tmp/patches/"
done

# The +ds tarball has no firmware blobs, but pc-bios/meson.build lists the
# compressed EDK2 images as inputs for x86_64 targets: empty stand-ins (they
# are neither built nor installed by what follows).
for f in $(sed -n "s/^ *'\(edk2-[a-z0-9_-]*\.fd\)',\$/\1/p" "$srcdir/pc-bios/meson.build"); do
	[ -e "$srcdir/pc-bios/$f.bz2" ] || : >"$srcdir/pc-bios/$f.bz2"
done

configure_opts=(--python=/usr/bin/python3 --target-list=x86_64-softmmu
	--disable-docs --without-default-features --enable-kvm --enable-tcg
	--enable-fdt=system --disable-install-blobs --disable-download)
mkdir "$srcdir/build"
run "configure ${configure_opts[*]}" \
	sh -c 'cd "$1" && shift && ../configure "$@"' sh "$srcdir/build" "${configure_opts[@]}"
run "ninja -j$jobs qemu-system-x86_64 (this is the long part)" \
	ninja -C "$srcdir/build" -j"$jobs" qemu-system-x86_64

q=$tmp/qemu-system-x86_64
cp "$srcdir/build/qemu-system-x86_64" "$q"
run "strip" strip "$q"
"$q" --version >"$tmp/version.all" 2>>"$log" || fail "qemu-system-x86_64 --version"
head -n 1 "$tmp/version.all" >"$tmp/version"
rm "$tmp/version.all"
step "checking the binary: $(cat "$tmp/version")"
devices=$("$q" -device help 2>>"$log") || fail "qemu-system-x86_64 -device help"
objects=$("$q" -object help 2>>"$log") || fail "qemu-system-x86_64 -object help"
for d in vfio-pci intel-iommu edu; do
	grep -q "\"$d\"" <<<"$devices" || fail "no $d device in the binary"
done
grep -qw iommufd <<<"$objects" || fail "no iommufd object in the binary"

step "removing the build tree ($(du -sh "$srcdir" | cut -f1))"
rm -rf "$tmp/src" "$tmp/debs" "$tmp/tools"
secs=$(($(date +%s) - t0))
{
	echo "key: $key"
	echo "version: $(cat "$tmp/version")"
	echo "source: qemu $src_version ($suite), $src_name $src_hash"
	echo "url: $src_url"
	for p in "${patches[@]}"; do
		echo "patch: $(basename "$p") sha256 $(sha256sum <"$p" | cut -d' ' -f1)"
	done
	echo "tools: $tools_versions"
	echo "configure: ${configure_opts[*]}"
	echo "cc: $(gcc --version | head -n 1)"
	echo "build_seconds: $secs"
	echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) with -j$jobs on $(nproc) CPUs"
} >"$tmp/info"
chmod 755 "$tmp"

mv -T "$tmp" "$final"
trap - EXIT
rm -f "$cache/failed-$key.log"
say "built in ${secs}s ($(du -sh "$final" | cut -f1) in the cache)"
report
