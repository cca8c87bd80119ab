#!/bin/bash
# The library as its users get it: install into a staging root, check what
# is there, build the examples against it through pkg-config, check that
# uninstall removes everything, and leave one example in build/bin for the
# test VM (make check runs it there as installed_example_test).
#
#   make install DESTDIR=build/installcheck/root PREFIX=/usr
#   PKG_CONFIG_PATH=<root>/usr/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=<root> \
#       make -C examples LIBIOASID=pkg-config BIN=build/installcheck/bin
#
# Outputs: build/bin/edu-dma-installed (links libioasid.so.1 dynamically;
# mkinitramfs.sh puts it and its libraries into the VM) and
# build/bin/installed_example_test, a script that runs it.
set -euo pipefail

TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP"
ic=build/installcheck
root=$TOP/$ic/root
fail() { echo "installcheck: $*" >&2; exit 1; }

# The library's file version, as lib/libioasid/Makefile states it.
ver=$(sed -n 's/^VERSION := \([0-9.]*\)$/\1/p' lib/libioasid/Makefile)
[ -n "$ver" ] || fail "no VERSION in lib/libioasid/Makefile"

rm -rf "$ic"
mkdir -p "$ic"
make --no-print-directory install DESTDIR="$root" PREFIX=/usr >"$ic/install.log" 2>&1 ||
	{ cat "$ic/install.log"; fail "make install DESTDIR=$root PREFIX=/usr failed"; }

for f in usr/lib/libioasid.so.$ver usr/lib/libioasid.so.1 usr/lib/libioasid.so \
	usr/lib/libioasid.a usr/lib/pkgconfig/libioasid.pc \
	usr/include/libioasid/libioasid.h usr/include/libioasid/linux/ioasid.h \
	usr/share/man/man4/ioasid.4 usr/share/man/man3/ioasid_open.3 \
	usr/share/doc/libioasid/html/index.html usr/share/doc/libioasid/html/vmm-guide.html; do
	[ -e "$root/$f" ] || fail "make install did not install /$f"
done
soname=$(readelf -d "$root/usr/lib/libioasid.so.$ver" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = libioasid.so.1 ] || fail "installed library's soname is '$soname'"
[ "$(readlink "$root/usr/lib/libioasid.so.1")" = "libioasid.so.$ver" ] || fail "libioasid.so.1 link is wrong"
grep -qx 'prefix=/usr' "$root/usr/lib/pkgconfig/libioasid.pc" || fail "libioasid.pc does not say prefix=/usr"
grep -qx "Version: $ver" "$root/usr/lib/pkgconfig/libioasid.pc" || fail "libioasid.pc does not say Version: $ver"
nman=$(find "$root/usr/share/man/man3" -name '*.3' | wc -l)

export PKG_CONFIG_PATH=$root/usr/lib/pkgconfig
export PKG_CONFIG_LIBDIR=$root/usr/lib/pkgconfig
export PKG_CONFIG_SYSROOT_DIR=$root
flags=$(pkg-config --cflags --libs libioasid) || fail "pkg-config does not find libioasid"
echo "installcheck: pkg-config --cflags --libs libioasid: $flags"
make --no-print-directory -C examples TOP="$TOP" LIBIOASID=pkg-config \
	BIN="$TOP/$ic/bin" all >"$ic/examples.log" 2>&1 ||
	{ cat "$ic/examples.log"; fail "building the examples against the installed copy failed"; }
nex=0
for p in "$ic"/bin/*; do
	readelf -d "$p" | grep -q 'NEEDED.*\[libioasid\.so\.1\]' ||
		fail "$p does not link libioasid.so.1"
	nex=$((nex + 1))
done
prog=$ic/bin/edu-dma
[ -x "$prog" ] || fail "$prog was not built"

# uninstall leaves nothing behind (directories aside).
make --no-print-directory uninstall DESTDIR="$root" PREFIX=/usr >"$ic/uninstall.log" 2>&1 ||
	{ cat "$ic/uninstall.log"; fail "make uninstall failed"; }
left=$(find "$root" ! -type d)
[ -z "$left" ] || fail "make uninstall left: $left"
# Install again: the VM takes libioasid.so.1 from here.
make --no-print-directory install DESTDIR="$root" PREFIX=/usr >"$ic/install.log" 2>&1 ||
	fail "second make install failed"

mkdir -p build/bin
cp "$prog" build/bin/edu-dma-installed.tmp && mv -f build/bin/edu-dma-installed.tmp build/bin/edu-dma-installed
cat >build/bin/installed_example_test.tmp <<'SH'
#!/bin/sh
# Made by scripts/installcheck.sh: run examples/edu-dma as built against an
# installed libioasid through pkg-config, linked to libioasid.so.1.
echo "TAP version 13"
# Not the device edu-dma picks by default, so a stuck run elsewhere cannot matter.
bdf=$(echo "$IOASID_VM_EDU" | awk '{ print $2 }')
if [ -z "$bdf" ]; then
	echo "1..0 # SKIP no second edu device bound in this VM (IOASID_VM_EDU)"
	exit 4
fi
echo "1..1"
edu-dma-installed $bdf >/tmp/edu-dma-installed.out 2>&1
rc=$?
sed 's/^/# /' /tmp/edu-dma-installed.out
if [ $rc = 0 ]; then
	echo "ok 1 edu-dma built with pkg-config against the installed libioasid.so.1 runs ($bdf)"
else
	echo "not ok 1 edu-dma built with pkg-config against the installed libioasid.so.1 (exit $rc)"
fi
exit $rc
SH
chmod 755 build/bin/installed_example_test.tmp
mv -f build/bin/installed_example_test.tmp build/bin/installed_example_test
echo "installcheck: installed into $ic/root (PREFIX=/usr, $nman section 3 pages), $nex examples built with pkg-config, uninstall clean; build/bin/edu-dma-installed and installed_example_test ready for the VM"
