#!/bin/bash
# Print the path of an uncompressed, PVH-bootable ELF image of a bzImage,
# making it (once) when needed; print the bzImage itself when that is not
# possible.
#
# The images are cached outside the clone, in $IOASID_VMLINUX_CACHE (default
# /var/cache/ioasid/vmlinux, or ~/.cache/ioasid/vmlinux when that is not
# writable), shared by every clone on the machine: they are derived from the
# machine's kernels, not from our sources, and a kernel image holds the names
# of all its symbols, the run-time symbol lookup functions among them, which
# must not turn up in a grep for those names over a built checkout (see
# scripts/check-layering.sh).
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
cache=${IOASID_VMLINUX_CACHE:-}
[ -n "$cache" ] || cache=$("$(dirname "$0")/../../scripts/cache-dir.sh" vmlinux)
case $bz in
/boot/vmlinuz-*) out=$cache/vmlinux-${bz#/boot/vmlinuz-} ;;
*) out=$cache/vmlinux-$(basename "$bz")-$(echo "$bz" | cksum | cut -d' ' -f1) ;;
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
	tail -c +$((off + 1)) "$bz" | "$@" >"$tmp" 2>/dev/null || true
	is_pvh_elf "$tmp"
}

mkdir -p "$(dirname "$out")"
# Runs of other clones may make the same image at the same time.
tmp=$(mktemp "$out.XXXXXX")
if try $'\xfd7zXZ\x00' xz -dcq ||
	try $'\x28\xb5\x2f\xfd' zstd -dcq ||
	try $'\x1f\x8b\x08' gzip -dcq; then
	mv "$tmp" "$out"
	echo "$out"
else
	rm -f "$tmp"
	echo "vmlinux.sh: no PVH ELF inside $bz; booting the bzImage (slower)" >&2
	echo "$bz"
fi
