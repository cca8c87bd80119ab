#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Usage: scripts/kselftest-harness.sh DESTDIR
#
# Puts the kernel's selftest harness headers (kselftest_harness.h and
# kselftest.h, from tools/testing/selftests/ of Debian's linux-source-6.1)
# and the kselftest runner that an installed tree runs with
# (run_kselftest.sh, kselftest/runner.sh, kselftest/prefix.pl) into
# DESTDIR. Does nothing when all are already there, so the slow extraction
# from the source tarball (several seconds) happens once.
set -eu

if [ $# -ne 1 ]; then
	echo "usage: $0 DESTDIR" >&2
	exit 2
fi
dest=$1
files="kselftest_harness.h kselftest.h run_kselftest.sh kselftest/runner.sh kselftest/prefix.pl"

missing=
for f in $files; do
	[ -s "$dest/$f" ] || missing="$missing $f"
done
[ -z "$missing" ] && exit 0

tarball=${LINUX_SOURCE_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
if [ ! -r "$tarball" ]; then
	echo "$0: $tarball not found; install the linux-source-6.1 package" \
	     "(scripts/deps.sh does)" >&2
	exit 1
fi
top=$(basename "$tarball" .tar.xz)	# linux-source-6.1

mkdir -p "$dest"
tmp=$(mktemp -d "${dest%/}/.kselftest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

members=
for f in $files; do
	members="$members $top/tools/testing/selftests/$f"
done
# shellcheck disable=SC2086 # word splitting of the member list is wanted
tar -xJf "$tarball" -C "$tmp" $members

# Rename into place: a concurrent run never sees a partial header.
for f in $files; do
	mkdir -p "$(dirname "$dest/$f")"
	mv -f "$tmp/$top/tools/testing/selftests/$f" "$dest/$f"
done
