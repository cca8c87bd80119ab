#!/bin/bash
# Build the test VM's initramfs: busybox-static, the Debian kernel modules
# the VFIO device path needs, our two modules, the build/bin programs and
# tools/vm/init as /init.
#
# usage: mkinitramfs.sh [-k KVER] [-o OUT.cpio.gz] [-t TOP] [-m MODROOT] [-d OURDIR] [-l LANE]
#                       [-q QEMUDIR] [-r RELDIR]
#   -m MODROOT  take the kernel's modules from MODROOT/lib/modules/KVER (an
#               INSTALL_MOD_PATH staging directory) instead of the host's
#   -d OURDIR   take our modules from OURDIR/drivers/... (default: the test
#               build, build/test/modules/KVER of "build-modules.sh -t"; the debug
#               lane builds them in build/debug/modules; "-d none" leaves
#               them out, as the peer lane does)
#   -r RELDIR   the release build's ioasidfd.ko, from RELDIR/drivers/...
#               (default: the source tree, where "make" builds it; "-r none"
#               leaves it out), goes in as /opt/ioasid/release/ioasidfd.ko
#               for /init's release check; it must not have IOMMU_TEST_CMD
#   -l LANE     stock (default), debug or peer: told to the guest's /init,
#               which exports it to the programs as IOASID_VM_LANE
#   -q QEMUDIR  the QEMU lane's QEMU 10: an entry of scripts/qemu-debs.sh
#               (default: the one "scripts/qemu-debs.sh path" names, when it
#               has been fetched; "-q none" leaves QEMU out)
#
# The QEMU lane (tools/selftests/ioasid/qemu_test.c) runs Debian's QEMU 10
# inside the VM as a nested VMM.  When it is fetched the image gets, in
# /opt/qemu/: bin/qemu-system-x86_64 (with the libraries ldd finds for it,
# at their host paths, or in /opt/qemu/lib for those qemu-debs.sh fetched),
# share/qemu/ (the firmware the nested machine loads: SeaBIOS's
# bios-256k.bin, the option ROMs multiboot_dma.bin, linuxboot_dma.bin,
# pvh.bin and kvmvapic.bin; QEMU's -L), guest/edu-guest.elf (the nested
# guest, tools/qemu-lane/guest) and VERSION.  When $IOASID_QEMU_PATCHED names
# a qemu-system-x86_64 (the patched QEMU of "make qemu"), it goes in too, as
# bin/qemu-system-x86_64-patched, with its libraries.  Without QEMU the image
# is made all the same and qemu_test skips.
#
# The image is a gzip-compressed (-1) newc cpio.  Compressed, it is 17 MiB
# instead of 40 and costs under a second of boot; and the Debian kernel
# modules inside (kvm.ko itself imports the run-time symbol lookup) no
# longer match a grep for those names over a built checkout, which is how
# the KVM layering promise (none of them anywhere in the tree, see
# scripts/check-layering.sh) is checked.
#
# Our modules (ioasidfd.ko, vfio-pci-ioasid.ko) are optional here: when they
# have not been built the image is still made (so the VM can be booted to
# look around) and the guest reports them missing.  The Makefile's check and
# demo targets build them first and stop if that fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$here/../.." && pwd)
KVER=${KVER:-}	# the environment's (make KVER=...), else -k, else kver.sh
OUT=
MODROOT=
OURDIR=
LANE=stock
QEMUDIR=
RELDIR=
usage="usage: $0 [-k KVER] [-o OUT.cpio.gz] [-t TOP] [-m MODROOT] [-d OURDIR] [-l LANE] [-q QEMUDIR] [-r RELDIR]"

while getopts k:o:t:m:d:l:q:r: opt; do
	case $opt in
	k) KVER=$OPTARG ;;
	o) OUT=$OPTARG ;;
	t) TOP=$(cd "$OPTARG" && pwd) ;;
	m) MODROOT=$(cd "$OPTARG" && pwd) ;;
	d) if [ "$OPTARG" = none ]; then OURDIR=none; else OURDIR=$(cd "$OPTARG" && pwd); fi ;;
	l) LANE=$OPTARG ;;
	q) QEMUDIR=$OPTARG ;;
	r) RELDIR=$OPTARG ;;
	*) echo "$usage" >&2; exit 2 ;;
	esac
done
[ -n "$KVER" ] || KVER=$("$TOP/scripts/kver.sh")
[ -n "$OURDIR" ] || OURDIR=$TOP/build/test/modules/$KVER
[ -n "$RELDIR" ] || RELDIR=$TOP
[ -n "$OUT" ] || OUT=$TOP/build/vm/initramfs.cpio.gz

# Debian modules loaded (or loadable) in the guest.  Their dependencies are
# resolved from the installed modules.dep; the dependencies of our own
# modules are read from their modinfo and added too.
# vfio_virqfd is a module of its own up to 6.1, part of vfio since 6.2.
KMODS=${VM_KMODS:-"vfio vfio_iommu_type1 irqbypass vfio-pci-core vfio-pci"}
if [ -z "${VM_KMODS:-}" ] &&
	modprobe ${MODROOT:+-d "$MODROOT"} -S "$KVER" --show-depends vfio_virqfd >/dev/null 2>&1; then
	KMODS="$KMODS vfio_virqfd"
fi
OUR_KOS="drivers/iommu/ioasid/ioasidfd.ko drivers/vfio/pci/ioasid/vfio-pci-ioasid.ko
	drivers/iommu/ioasid/kvm/ioasidfd_kvm.ko"
# The guest's own KVM for the KVM handoff tests and the mini VMM (nested SVM
# under TCG with -cpu EPYC,+svm): kvm.ko comes in as ioasidfd_kvm.ko's
# dependency; kvm-amd.ko (and what it needs) is added here.
GUEST_KVM_MODS=${VM_KVM_MODS-kvm_amd}
# The peer lane's kernel has all of it built in.
if [ "$LANE" = peer ]; then
	KMODS=
	GUEST_KVM_MODS=
fi

# moddir: where modules live in the guest; srcmoddir: where we take them from.
moddir=/lib/modules/$KVER
srcmoddir=$MODROOT$moddir
die() { echo "mkinitramfs: $*" >&2; exit 1; }
[ -f "$srcmoddir/modules.dep" ] || die "$srcmoddir/modules.dep not found (is linux-image for $KVER installed?)"
command -v depmod >/dev/null || die "depmod not found (install kmod)"
BUSYBOX=$(command -v busybox || true)
[ -n "$BUSYBOX" ] || die "busybox not found (install busybox-static)"
if readelf -l "$BUSYBOX" 2>/dev/null | grep -q INTERP; then
	die "$BUSYBOX is dynamically linked; install busybox-static"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/ioasid-initramfs.XXXXXX")
trap 'rm -rf "$root"' EXIT
# mktemp made it 0700: as the image's /, it must let everyone through.
chmod 0755 "$root"

mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,run,etc,root} \
	"$root/opt/ioasid/bin" "$root$moddir/extra" "$root$moddir/kernel"

# --- busybox and its applet links ---------------------------------------
cp "$BUSYBOX" "$root/bin/busybox"
"$BUSYBOX" --list-full | while read -r applet; do
	[ "$applet" = bin/busybox ] && continue
	case $applet in
	bin/*) ln -sf busybox "$root/$applet" ;;
	*) ln -sf /bin/busybox "$root/$applet" ;;
	esac
done

# --- Debian kernel modules -------------------------------------------------
# Copy a module from the installed tree, keeping its path, uncompressed (the
# guest's busybox modprobe and insmod need not know xz/zstd then).
copy_module() {
	local src=$1 rel dst
	rel=${src#"$srcmoddir"/}
	dst=$root$moddir/${rel%.ko*}.ko
	[ -f "$dst" ] && return 0
	mkdir -p "$(dirname "$dst")"
	case $src in
	*.ko) cp "$src" "$dst" ;;
	*.ko.xz) xz -dc "$src" >"$dst" ;;
	*.ko.zst) zstd -qdc "$src" >"$dst" ;;
	*.ko.gz) gzip -dc "$src" >"$dst" ;;
	*) die "unknown module format: $src" ;;
	esac
}

ours_present=
wanted="$KMODS $GUEST_KVM_MODS"
[ "$OURDIR" != none ] || OUR_KOS=
for ko in $OUR_KOS; do
	if [ -f "$OURDIR/$ko" ]; then
		ours_present="$ours_present $ko"
		# modinfo "depends" lists module names (ours and Debian's).
		deps=$(modinfo -F depends "$OURDIR/$ko" | tr ',' ' ')
		wanted="$wanted $deps"
	else
		echo "mkinitramfs: NOTE: $ko is not built; the VM will report it missing" >&2
	fi
done

for m in $wanted; do
	case $m in ioasidfd | vfio-pci-ioasid | vfio_pci_ioasid | ioasidfd_kvm) continue ;; esac
	# modprobe -S resolves against KVER's modules.dep, whatever the host runs.
	out=$(modprobe ${MODROOT:+-d "$MODROOT"} -S "$KVER" --show-depends "$m" 2>&1) ||
		die "cannot resolve module $m for $KVER: $out"
	while read -r kind path _; do
		case $kind in
		insmod) copy_module "$path" ;;
		builtin) ;;
		esac
	done <<<"$out"
done

for ko in $ours_present; do
	cp "$OURDIR/$ko" "$root$moddir/extra/"
done

# The release build's core module, outside /lib/modules (it has the test
# build's name): /init loads it by path once the test build is unloaded.
release_ko=
if [ "$RELDIR" != none ]; then
	rel=$RELDIR/drivers/iommu/ioasid/ioasidfd.ko
	if [ -f "$rel" ]; then
		# A cheap guard; the VM checks what the module answers.
		if nm "$rel" | grep ' ioasidfd_test_cmd_ioctl$' >/dev/null; then
			die "$rel has IOMMU_TEST_CMD: not a release build"
		fi
		mkdir -p "$root/opt/ioasid/release"
		cp "$rel" "$root/opt/ioasid/release/"
		release_ko=/opt/ioasid/release/ioasidfd.ko
	else
		echo "mkinitramfs: NOTE: $rel is not built (make modules); the release check will fail" >&2
	fi
fi

# modules.builtin lets modprobe treat built-in dependencies as satisfied.
for f in modules.builtin modules.builtin.modinfo; do
	[ -f "$srcmoddir/$f" ] && cp "$srcmoddir/$f" "$root$moddir/"
done
(cd "$root$moddir" && find kernel extra -name '*.ko' | LC_ALL=C sort >modules.order)
depmod -b "$root" "$KVER" || die "depmod failed"
nmods=$(find "$root$moddir/kernel" -name '*.ko' | wc -l)

# --- programs ------------------------------------------------------------
# Most programs are static.  A dynamically linked one (such as the example
# scripts/installcheck.sh builds against the installed libioasid.so.1) gets
# the libraries ldd finds for it: system libraries (libc, the loader) at
# their host paths, libraries from this tree (build/installcheck/root's
# installed copy first, then build/lib) in /opt/ioasid/lib, which the
# image's ld.so.cache (ldconfig -r) lists.
LIBPATH=$TOP/build/installcheck/root/usr/lib:$TOP/build/lib
nlibs=0
# copy_libs PROG [LIBPATH [PRIVATE_PREFIX PRIVATE_DIR]]: libraries from
# PRIVATE_PREFIX (a QEMU cache entry) go to PRIVATE_DIR in the image.
libdirs=
copy_libs() {
	local prog=$1 lpath=${2:-$LIBPATH} pfx=${3:-} pdir=${4:-} a b c path dst
	while read -r a b c _; do
		case $a in linux-vdso.so* | linux-gate.so*) continue ;; esac
		if [ "$b" = "=>" ]; then path=$c; else path=$a; fi
		case $path in
		/*) ;;
		*) die "$(basename "$prog") needs $a, which ldd does not find" ;;
		esac
		case $path in
		"$TOP"/*) dst=/opt/ioasid/lib/$(basename "$path") ;;
		*) dst=$path ;;
		esac
		if [ -n "$pfx" ]; then
			case $path in "$pfx"/*) dst=$pdir/$(basename "$path") ;; esac
		fi
		[ -e "$root$dst" ] && continue
		mkdir -p "$root$(dirname "$dst")"
		cp -L "$path" "$root$dst"
		case $dst in
		/opt/*) case " $libdirs " in *" $(dirname "$dst") "*) ;; *) libdirs="$libdirs $(dirname "$dst")" ;; esac ;;
		esac
		nlibs=$((nlibs + 1))
	done < <(LD_LIBRARY_PATH=$lpath ldd "$prog")
}

nprogs=0
if [ -d "$TOP/build/bin" ]; then
	for p in "$TOP"/build/bin/*; do
		if [ ! -f "$p" ] || [ ! -x "$p" ]; then continue; fi
		if readelf -l "$p" 2>/dev/null | grep -q INTERP; then
			copy_libs "$p"
		fi
		cp "$p" "$root/opt/ioasid/bin/"
		nprogs=$((nprogs + 1))
	done
fi

# The installed kselftest tree of "make kselftest" (build/kselftest/, the
# same static test programs with the kernel's runner), when it is there.
if [ -x "$TOP/build/kselftest/run_kselftest.sh" ]; then
	cp -r "$TOP/build/kselftest" "$root/opt/ioasid/kselftest"
fi

# --- the QEMU lane: Debian's QEMU 10 and the nested guest -------------------
# (see the header).  Firmware: what QEMU 10 opens for "-M pc -kernel
# MULTIBOOT_ELF" (bios-256k.bin, kvmvapic.bin, multiboot_dma.bin) and for a
# Linux or PVH kernel by hand (linuxboot_dma.bin, pvh.bin).
QEMU_FIRMWARE="seabios/bios-256k.bin qemu/kvmvapic.bin qemu/multiboot_dma.bin
	qemu/linuxboot_dma.bin qemu/pvh.bin"
qemu_note=
if [ -z "$QEMUDIR" ]; then
	QEMUDIR=$("$TOP/scripts/qemu-debs.sh" path 2>/dev/null) || QEMUDIR=
	[ -n "$QEMUDIR" ] || qemu_note="not fetched (scripts/qemu-debs.sh)"
elif [ "$QEMUDIR" = none ]; then
	QEMUDIR=
	qemu_note="left out (-q none)"
fi
if [ -n "$QEMUDIR" ]; then
	QEMUDIR=$(cd "$QEMUDIR" && pwd)
	qbin=$QEMUDIR/root/usr/bin/qemu-system-x86_64
	[ -x "$qbin" ] || die "$qbin not found (-q names no scripts/qemu-debs.sh entry)"
	qlibpath=$(sed -n 's/^libpath: //p' "$QEMUDIR/info" 2>/dev/null || true)
	mkdir -p "$root/opt/qemu/bin" "$root/opt/qemu/share/qemu" "$root/opt/qemu/guest"
	cp "$qbin" "$root/opt/qemu/bin/"
	copy_libs "$qbin" "$qlibpath" "$QEMUDIR/root" /opt/qemu/lib
	for f in $QEMU_FIRMWARE; do
		[ -f "$QEMUDIR/root/usr/share/$f" ] || die "$QEMUDIR has no usr/share/$f"
		cp "$QEMUDIR/root/usr/share/$f" "$root/opt/qemu/share/qemu/"
	done
	sed -n 's/^qemu: //p' "$QEMUDIR/info" >"$root/opt/qemu/VERSION"
	qemu_note="$(cat "$root/opt/qemu/VERSION")"
	guest=$TOP/build/qemu-lane/edu-guest.elf
	if [ -f "$guest" ]; then
		cp "$guest" "$root/opt/qemu/guest/"
	else
		echo "mkinitramfs: NOTE: $guest is not built; qemu_test will skip" >&2
		qemu_note="$qemu_note, no nested guest"
	fi
fi
if [ -n "${IOASID_QEMU_PATCHED:-}" ]; then
	[ -x "$IOASID_QEMU_PATCHED" ] || die "IOASID_QEMU_PATCHED=$IOASID_QEMU_PATCHED is not an executable"
	mkdir -p "$root/opt/qemu/bin"
	# Without its debug info (a QEMU build's is larger than the code).
	strip --strip-debug -o "$root/opt/qemu/bin/qemu-system-x86_64-patched" "$IOASID_QEMU_PATCHED" ||
		die "cannot copy $IOASID_QEMU_PATCHED"
	copy_libs "$IOASID_QEMU_PATCHED"
	qemu_note="$qemu_note; patched: $IOASID_QEMU_PATCHED"
fi

if [ "$nlibs" -gt 0 ]; then
	mkdir -p "$root/opt/ioasid/lib" "$root/var/cache/ldconfig"
	{
		echo /opt/ioasid/lib
		for d in $libdirs; do [ "$d" = /opt/ioasid/lib ] || echo "$d"; done
	} >"$root/etc/ld.so.conf"
	ldconfig -r "$root" || die "ldconfig -r failed"
fi

# --- /init and a little metadata ------------------------------------------
cp "$here/init" "$root/init"
chmod 755 "$root/init"
{
	echo "KVER=$KVER"
	echo "LANE=$LANE"
	echo "OUR_MODULES_PRESENT=\"$(for ko in $ours_present; do basename "$ko" .ko; done | tr '\n' ' ')\""
	echo "RELEASE_CHECK=$([ "$RELDIR" = none ] && echo no || echo yes)"
	echo "RELEASE_MODULE=$release_ko"
	echo "BUILT=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\""
	echo "GIT=\"$(git -C "$TOP" describe --always --dirty 2>/dev/null || echo unknown)\""
} >"$root/etc/ioasid-vm.conf"
echo "root:x:0:0:root:/root:/bin/sh" >"$root/etc/passwd"

mkdir -p "$(dirname "$OUT")"
(cd "$root" && find . -print0 | LC_ALL=C sort -z |
	cpio --quiet -o -H newc -0 -R 0:0) | gzip -1 -n >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
# What earlier versions left in build/vm/: uncompressed images, and the
# kernels' ELF copies that now live in the cache of tools/vm/vmlinux.sh.
case $OUT in *.cpio.gz) rm -f "${OUT%.gz}" ;; esac
rm -f "$TOP"/build/vm/vmlinux-*
echo "mkinitramfs: $OUT ($(du -h "$OUT" | cut -f1)): $LANE lane, kernel $KVER," \
	"$nmods kernel module(s), our modules:${ours_present:- none} (from ${OURDIR#"$TOP"/}), release ioasidfd.ko: ${release_ko:-none}," \
	"$nprogs program(s), $nlibs shared libraries," \
	"QEMU lane: ${qemu_note:-none}"
