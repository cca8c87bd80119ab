#!/bin/bash
# The install test of the Debian packages (make check-deb), on this host:
#
#  1. make deb (scripts/make-deb.sh): build/deb/*.deb, no lintian error;
#  2. apt-get install ./build/deb/...: DKMS builds the modules for every
#     installed supported kernel with headers (scripts/kver.sh --all); each
#     must have ioasidfd, vfio-pci-ioasid and ioasidfd_kvm built for it
#     (dkms status "installed", vermagic of the kernel) and no mock;
#  3. for each of those kernels, the test VM loads the DKMS-built modules
#     (an initramfs with them instead of our build) and runs make demo's
#     programs;
#  4. the examples build against libioasid-dev through pkg-config, and
#     ioasidctl (ioasid-tools) runs and has its man page;
#  5. apt-get purge leaves nothing of the packages behind (files, DKMS
#     tree, modules, dpkg entries).
#
# Leftovers of an earlier, interrupted run are purged first. Ends with
# "N passed, N failed" and fails if anything failed.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
TOP=$PWD
PKGS="ioasid-dkms libioasid1 libioasid-dev ioasid-tools"
MODS="ioasidfd vfio-pci-ioasid ioasidfd_kvm"
out=build/deb-test
passed=0 failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAILED: $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }
export DEBIAN_FRONTEND=noninteractive

purge() { apt-get purge -y -q $PKGS >"$out/purge.log" 2>&1; }
rm -rf "$out"
mkdir -p "$out"
purge

# --- 1. the packages ------------------------------------------------------------
if ! scripts/make-deb.sh >"$out/make-deb.log" 2>&1; then
	cat "$out/make-deb.log"
	bad "make deb"
	finish
fi
ok "make deb: $(sed -n 's/^make deb: lintian: //p' "$out/make-deb.log")"
ver=$(dpkg-parsechangelog -S Version)
upver=${ver%-*}

# --- 2. install: DKMS builds for each kernel -------------------------------------------
debs=
for p in $PKGS; do
	debs="$debs ./build/deb/${p}_${ver}_$(dpkg-deb -f build/deb/${p}_${ver}_*.deb Architecture).deb"
done
# shellcheck disable=SC2086 # $debs: words
if apt-get install -y -q $debs >"$out/install.log" 2>&1; then
	ok "apt-get install of$debs"
else
	tail -n 30 "$out/install.log"
	bad "apt-get install"
	purge
	finish
fi

kernels=$(scripts/kver.sh --all)
for k in $kernels; do
	st=$(dkms status -m ioasid -v "$upver" -k "$k" 2>/dev/null)
	case $st in *": installed"*) ok "dkms: ioasid/$upver installed for $k" ;;
	*) bad "dkms: ioasid/$upver for $k: '${st:-nothing}'" ;; esac
	dir=$out/modules-$k
	mkdir -p "$dir"
	for m in $MODS; do
		f=$(find "/lib/modules/$k/updates/dkms" -name "$m.ko*" 2>/dev/null | head -n 1)
		if [ -z "$f" ]; then
			bad "$m.ko built by DKMS for $k"
			continue
		fi
		case $f in
		*.ko.xz) xz -dc "$f" >"$dir/$m.ko" ;;
		*.ko.zst) zstd -qdc "$f" >"$dir/$m.ko" ;;
		*.ko.gz) gzip -dc "$f" >"$dir/$m.ko" ;;
		*) cp "$f" "$dir/$m.ko" ;;
		esac
		vm=$(modinfo -F vermagic "$dir/$m.ko" | cut -d' ' -f1)
		check "$m.ko built by DKMS for $k (vermagic $vm)" [ "$vm" = "$k" ]
	done
	# The release build: no IOMMU_TEST_CMD, no mock.
	if nm "$dir/ioasidfd.ko" 2>/dev/null | grep -q ' ioasidfd_test_cmd_ioctl$'; then
		bad "DKMS's ioasidfd.ko for $k is the release build"
	else
		ok "DKMS's ioasidfd.ko for $k is the release build"
	fi
done

# --- 3. the DKMS-built modules in the test VM: the demo --------------------------------
make --no-print-directory user >"$out/user.log" 2>&1 || bad "make user"
for k in $kernels; do
	dir=$out/modules-$k
	ours=$out/ours-$k
	# mkinitramfs.sh takes our modules in the source tree's layout.
	mkdir -p "$ours/drivers/iommu/ioasid/kvm" "$ours/drivers/vfio/pci/ioasid"
	cp "$dir/ioasidfd.ko" "$ours/drivers/iommu/ioasid/" 2>/dev/null
	cp "$dir/ioasidfd_kvm.ko" "$ours/drivers/iommu/ioasid/kvm/" 2>/dev/null
	cp "$dir/vfio-pci-ioasid.ko" "$ours/drivers/vfio/pci/ioasid/" 2>/dev/null
	initrd=$out/initramfs-$k.cpio.gz
	if ! tools/vm/mkinitramfs.sh -k "$k" -d "$ours" -r none -o "$initrd" \
		>"$out/initramfs-$k.log" 2>&1; then
		bad "initramfs with the DKMS-built modules for $k"
		continue
	fi
	if tools/vm/run.sh -k "$k" -i "$initrd" demo >"$out/demo-$k.log" 2>&1; then
		ok "make demo's programs on $k with the DKMS-built modules: $(tail -n 1 "$out/demo-$k.log")"
	else
		tail -n 20 "$out/demo-$k.log"
		bad "make demo's programs on $k with the DKMS-built modules"
	fi
done

# --- 4. the examples against libioasid-dev ----------------------------------------------
flags=$(pkg-config --cflags --libs libioasid 2>/dev/null)
check "pkg-config --cflags --libs libioasid: $flags" [ -n "$flags" ]
if make --no-print-directory -C examples TOP="$TOP" LIBIOASID=pkg-config \
	BIN="$TOP/$out/bin" all >"$out/examples.log" 2>&1; then
	ok "the examples build against libioasid-dev ($(ls "$out/bin" | wc -l) programs)"
else
	tail -n 20 "$out/examples.log"
	bad "the examples build against libioasid-dev"
fi
lib=$(ldd "$out/bin/edu-dma" 2>/dev/null | awk '/libioasid/ { print $3 }')
# (/lib is /usr/lib on Debian 12: compare where both lead.)
pkglib=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/libioasid.so.1
same_file() { [ -n "$1" ] && [ "$(readlink -f "$1")" = "$(readlink -f "$2")" ]; }
check "edu-dma links the packaged libioasid.so.1 ($lib)" same_file "$lib" "$pkglib"

out_ctl=$(ioasidctl show 2>&1)
# No ioasidfd.ko on the build host: ioasidctl says so and exits 1.
check "ioasidctl runs (without the module: \"$out_ctl\")" \
	sh -c 'ioasidctl show >/dev/null 2>&1; [ $? = 1 ] || lsmod | grep -q "^ioasidfd "'
check "man 8 ioasidctl is installed" [ -f /usr/share/man/man8/ioasidctl.8.gz ]

# --- 5. purge leaves nothing ------------------------------------------------------------------
files=$(for p in $PKGS; do dpkg -L "$p" 2>/dev/null; done | sort -u)
if purge; then ok "apt-get purge"; else bad "apt-get purge"; fi
left=
for f in $files; do
	[ -f "$f" ] || [ -L "$f" ] && left="$left $f"
done
left="$left $(ls -d /usr/src/ioasid-* /var/lib/dkms/ioasid 2>/dev/null | tr '\n' ' ')"
for k in $kernels; do
	for m in $MODS; do
		left="$left $(ls "/lib/modules/$k/updates/dkms/$m.ko"* 2>/dev/null | tr '\n' ' ')"
	done
done
left=$(echo $left)
check "purge leaves nothing behind${left:+ (left: $left)}" [ -z "$left" ]
# shellcheck disable=SC2086 # $PKGS: words
check "dpkg knows none of the packages any more" \
	sh -c "! dpkg-query -W -f='\${Status}\n' $PKGS 2>/dev/null | grep -q installed"
finish
