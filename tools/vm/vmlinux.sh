#!/bin/bash
# Print the path of an uncompressed, PVH-bootable ELF image of a bzImage,
# making it (once) under build/vm/ when needed; print the bzImage itself when
# that is not possible.
#
# usage: vmlinux.sh BZIMAGE
#
# Why: under TCG the guest spends seconds decompressing Debian's xz-packed
# bzImage and going through the firmware's real-mode boot.  QEMU can instead
# load an ELF kernel carrying a PVH entry note (Debian builds CONFIG_PVH=y)
# and jump straight to it.  Measured here, a whole VM run (boot, load and bind,
# unload, power off) takes about 4 s that way and about 7 s from the bzImage.
# The kernel code is the same bytes either way.
set -euo pipefail

bz=$1
here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/../.." && pwd)
case $bz in
/boot/vmlinuz-*) out=$TOP/build/vm/vmlinux-${bz#/boot/vmlinuz-} ;;
*) out=$TOP/build/vm/vmlinux-$(basename "$bz")-$(echo "$bz" | cksum | cut -d' ' -f1) ;;
esac

# An ELF whose notes include the Xen PVH entry point (note type 0x12).
is_pvh_elf() {
	[ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ] &&
		readelf -n "$1" 2>/dev/null | grep -q 'note type: (0x00000012)\|XEN_ELFNOTE_PHYS32_ENTRY'
}

if [ -f "$out" ] && [ "$out" -nt "$bz" ] && is_pvh_elf "$out"; then
	echo "$out"
	exit 0
fi

# The compressed payload starts at the first magic of a known format; the
# decompressor is told to ignore what trails it.
try() {
	local magic=$1
	shift
	local off
	off=$(LC_ALL=C grep -abo -m 1 "$magic" "$bz" 2>/dev/null | head -n 1 | cut -d: -f1) || return 1
	[ -n "$off" ] || return 1
	tail -c +$((off + 1)) "$bz" | "$@" >"$out.tmp" 2>/dev/null || true
	is_pvh_elf "$out.tmp"
}

mkdir -p "$(dirname "$out")"
if try $'\xfd7zXZ\x00' xz -dcq ||
	try $'\x28\xb5\x2f\xfd' zstd -dcq ||
	try $'\x1f\x8b\x08' gzip -dcq; then
	mv "$out.tmp" "$out"
	echo "$out"
else
	rm -f "$out.tmp"
	echo "vmlinux.sh: no PVH ELF inside $bz; booting the bzImage (slower)" >&2
	echo "$bz"
fi
