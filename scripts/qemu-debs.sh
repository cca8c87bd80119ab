#!/bin/bash
# Fetch (once) Debian's unmodified QEMU 10 from bookworm-backports, unpacked,
# for the QEMU lane of make check (tools/selftests/ioasid/qemu_test.c runs it
# inside the test VM as a nested VMM), and print where it is.
#
# usage: qemu-debs.sh [fetch|path|key]
#   fetch  (default) fetch and unpack unless the cache has it; print the
#          entry's directory on stdout (everything else goes to stderr)
#   path   print the entry's directory if it is complete, else exit 1 (no
#          network)
#   key    print the cache key (from the private package lists; fetches
#          them first when there are none)
#
# Nothing here touches the host's apt setup or installs anything: a private
# apt configuration (its own sources.list with bookworm-backports and
# bookworm from deb.debian.org, signed by debian-archive-keyring.gpg, its
# own lists, cache and state, no sources.list.d) lives in the cache
# directory, "apt-get download" fetches the .debs and "dpkg -x" unpacks them:
#   qemu-system-x86   the backports QEMU (qemu-system-x86_64)
#   qemu-system-data  its option ROMs (multiboot_dma.bin, kvmvapic.bin, ...)
#   seabios           the SeaBIOS that QEMU 10 asks for (bios-256k.bin)
# plus those shared-library packages among qemu-system-x86's Depends that
# the host's installed packages do not satisfy (taken from bookworm, or
# bookworm-backports when only that has a version new enough), until ldd
# finds every library of the unpacked binary.  The host's QEMU (7.2, which
# runs the test VM) stays as it is.
#
# Cache: $IOASID_QEMU_DEBS_CACHE, default "scripts/cache-dir.sh qemu-debs"
# (/var/cache/ioasid/qemu-debs), outside any clone.  An entry is named by a
# hash of the three packages' versions and this script; it holds
#   root/   the unpacked packages (root/usr/bin/qemu-system-x86_64,
#           root/usr/share/qemu/, root/usr/share/seabios/, fetched libraries
#           in root/usr/lib/x86_64-linux-gnu/ or root/lib/x86_64-linux-gnu/)
#   info    versions, fetched packages, the library path to give ldd, the
#           host packages the other libraries come from
# An entry counts only while ldd finds all of its binary's libraries (the
# host's libraries may change): otherwise it is fetched again.
# Runs take turns on a lock; an entry is made in a temporary directory and
# renamed into place when complete.  The lists are refreshed ("apt-get
# update") only when there are none yet, or when a download fails (the
# mirror moved on to a newer version): a cached entry needs no network.
# Old entries are never removed automatically.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
self=$here/$(basename "$0")
action=${1:-fetch}
MIRROR=http://deb.debian.org/debian
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
SUITE=bookworm-backports
PKGS="qemu-system-x86 qemu-system-data seabios"
BIN=usr/bin/qemu-system-x86_64

say() { echo "qemu-debs: $*" >&2; }
die() { say "$*"; exit 1; }

case $action in fetch | path | key) ;; *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;; esac
[ "$(dpkg --print-architecture)" = amd64 ] || die "only amd64 hosts are supported"
[ -r "$KEYRING" ] || die "$KEYRING not found (install debian-archive-keyring)"

cache=${IOASID_QEMU_DEBS_CACHE:-}
[ -n "$cache" ] || cache=$("$here/cache-dir.sh" qemu-debs) || die "cannot create the cache directory"
mkdir -p "$cache" || die "cannot create $cache"
cache=$(cd "$cache" && pwd)

# --- the private apt configuration ----------------------------------------
aptdir=$cache/apt
APT=(-o "Dir::Etc::SourceList=$aptdir/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State=$aptdir/state" -o "Dir::State::Lists=$aptdir/lists"
	-o "Dir::State::status=$aptdir/state/status" -o "Dir::Cache=$aptdir/cache"
	-o APT::Get::List-Cleanup=1 -o APT::Sandbox::User=root -o Debug::NoLocking=1
	-o Acquire::Languages=none -o APT::Architecture=amd64 -o APT::Architectures::=amd64)

setup_apt() {
	mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/state"
	[ -f "$aptdir/state/status" ] || : >"$aptdir/state/status"
	local want
	want="deb [signed-by=$KEYRING] $MIRROR $SUITE main
deb [signed-by=$KEYRING] $MIRROR bookworm main"
	if [ "$(cat "$aptdir/sources.list" 2>/dev/null)" != "$want" ]; then
		echo "$want" >"$aptdir/sources.list"
		rm -f "$aptdir/lists/"*_Packages* "$aptdir/lists/"*Release*
	fi
}

have_lists() { ls "$aptdir/lists/"*"_${SUITE}_"*_Packages* >/dev/null 2>&1; }

update_lists() {
	say "apt-get update (private lists in $aptdir)"
	apt-get "${APT[@]}" -q update >&2 || die "apt-get update failed (is $MIRROR reachable?)"
	# apt-get update only warns when it cannot fetch an index.
	have_lists || die "apt-get update got no $SUITE index (is $MIRROR reachable?)"
}

# The version of package $1 in $SUITE, from the private lists.
suite_version() {
	apt-cache "${APT[@]}" madison "$1" 2>/dev/null |
		awk -F'|' -v s="$SUITE/" '$3 ~ s { gsub(/ /, "", $2); print $2; exit }'
}

# The host packages (with versions) that provide the libraries ldd finds for
# the binary $1: when they change, the set of packages to fetch may change.
host_lib_packages() {
	ldd "$1" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' |
		xargs -r realpath | xargs -r dpkg -S 2>/dev/null | cut -d: -f1 | sort -u |
		xargs -r dpkg-query -W -f='${Package} ${Version}\n' 2>/dev/null || true
}

versions=
compute_key() {
	local p v
	versions=
	for p in $PKGS; do
		v=$(suite_version "$p")
		[ -n "$v" ] || return 1
		versions="$versions$p=$v "
	done
	key=$({
		echo "packages: $versions"
		echo "--- qemu-debs.sh"
		cat "$self"
	} | sha256sum | cut -c1-16)
}

# Does the entry's binary find all of its libraries?
entry_ok() {
	local dir=$1 libpath
	[ -x "$dir/root/$BIN" ] && [ -f "$dir/info" ] || return 1
	libpath=$(sed -n 's/^libpath: //p' "$dir/info")
	! LD_LIBRARY_PATH=$libpath ldd "$dir/root/$BIN" 2>&1 | grep -q 'not found'
}

setup_apt
exec 8>>"$cache/.lock"
if ! flock -n 8; then
	say "another run is using $cache; waiting for it ..."
	flock 8
fi
if ! have_lists; then
	[ "$action" = path ] && exit 1
	update_lists
fi
compute_key || {
	[ "$action" = path ] && exit 1
	update_lists
	compute_key || die "no $PKGS in $SUITE"
}
final=$cache/$key

case $action in
key)
	echo "$key"
	exit 0
	;;
path)
	entry_ok "$final" || exit 1
	echo "$final"
	exit 0
	;;
esac

if entry_ok "$final"; then
	say "$(sed -n "s/^qemu: //p" "$final/info") in $final"
	echo "$final"
	exit 0
fi

# --- fetch and unpack -------------------------------------------------------
rm -rf "$cache/.tmp-$key".* "$final"
tmp=$(mktemp -d "$cache/.tmp-$key.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/debs" "$tmp/root"
t0=$(date +%s)

# download PKG=VERSION...: into $tmp/debs; refresh the lists once if the
# mirror no longer has a version they name.
refreshed=
download() {
	if (cd "$tmp/debs" && apt-get "${APT[@]}" -q download "$@" >&2); then
		return 0
	fi
	[ -z "$refreshed" ] || return 1
	refreshed=1
	update_lists
	return 2
}

pkgspecs=
for p in $versions; do pkgspecs="$pkgspecs ${p%%=*}=${p#*=}"; done
# shellcheck disable=SC2086 # word lists
rc=0
download $pkgspecs || rc=$?
if [ $rc = 2 ]; then
	# The lists changed: the versions (and so the key) may be new.
	compute_key || die "no $PKGS in $SUITE"
	final=$cache/$key
	pkgspecs=
	for p in $versions; do pkgspecs="$pkgspecs ${p%%=*}=${p#*=}"; done
	rc=0
	# shellcheck disable=SC2086
	download $pkgspecs || rc=$?
fi
[ $rc = 0 ] || die "apt-get download$pkgspecs failed"

# satisfied "PKG (OP VER)": is PKG installed on the host in such a version?
satisfied() {
	local dep=$1 pkg op ver inst
	pkg=${dep%% *}
	pkg=${pkg%%:*}
	inst=$(dpkg-query -W -f='${Status} ${Version}' "$pkg" 2>/dev/null || true)
	case $inst in "install ok installed "*) inst=${inst#install ok installed } ;; *) return 1 ;; esac
	case $dep in
	*"("*")"*)
		op=${dep#*(}
		op=${op%%)*}
		ver=${op#* }
		op=${op%% *}
		dpkg --compare-versions "$inst" "$op" "$ver"
		;;
	*) return 0 ;;
	esac
}

# pick "PKG (OP VER)": the newest version the private lists have that
# satisfies the dependency (bookworm's or bookworm-backports').
pick() {
	local dep=$1 pkg op ver v
	pkg=${dep%% *}
	for v in $(apt-cache "${APT[@]}" madison "$pkg" 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }'); do
		case $dep in
		*"("*")"*)
			op=${dep#*(}
			op=${op%%)*}
			ver=${op#* }
			op=${op%% *}
			dpkg --compare-versions "$v" "$op" "$ver" || continue
			;;
		esac
		echo "$pkg=$v"
		return 0
	done
	return 1
}

unpack_all() {
	local d
	for d in "$tmp"/debs/*.deb; do
		[ -f "$tmp/debs/.unpacked-$(basename "$d")" ] && continue
		dpkg -x "$d" "$tmp/root" || die "dpkg -x $d failed"
		: >"$tmp/debs/.unpacked-$(basename "$d")"
	done
}
unpack_all

# The library packages among the Depends of the unpacked debs that the host
# does not satisfy, fetched (with their own unsatisfied library Depends)
# until nothing new is missing.
libpath=$tmp/root/usr/lib/x86_64-linux-gnu:$tmp/root/lib/x86_64-linux-gnu
fetched=
for _round in 1 2 3 4; do
	new=
	for d in "$tmp"/debs/*.deb; do
		dpkg-deb -f "$d" Depends | tr ',' '\n' | sed 's/^ *//; s/ *$//' |
			while IFS= read -r dep; do
				[ -n "$dep" ] || continue
				ok=
				first=
				IFS='|' read -ra alts <<<"$dep"
				for a in "${alts[@]}"; do
					a=$(echo "$a" | sed 's/^ *//; s/ *$//')
					case $a in lib* | zlib*) ;; *) ok=1; break ;; esac
					[ -n "$first" ] || first=$a
					if satisfied "$a"; then ok=1; break; fi
				done
				[ -n "$ok" ] || echo "$first"
			done
	done | sort -u >"$tmp/missing"
	while IFS= read -r dep; do
		pkg=${dep%% *}
		case " $fetched " in *" $pkg "*) continue ;; esac
		spec=$(pick "$dep") || die "no version of '$dep' in bookworm or $SUITE"
		new="$new $spec"
		fetched="$fetched $pkg"
	done <"$tmp/missing"
	[ -n "$new" ] || break
	say "not satisfied by the host's libraries, fetching:$new"
	# shellcheck disable=SC2086
	(cd "$tmp/debs" && apt-get "${APT[@]}" -q download $new >&2) || die "apt-get download$new failed"
	unpack_all
done

bin=$tmp/root/$BIN
[ -x "$bin" ] || die "$BIN is not in qemu-system-x86"
if LD_LIBRARY_PATH=$libpath ldd "$bin" 2>&1 | grep 'not found' >&2; then
	die "the unpacked QEMU still misses the libraries above"
fi
qver=$(LD_LIBRARY_PATH=$libpath QEMU_MODULE_DIR=/nonexistent "$bin" --version | head -n 1) ||
	die "the unpacked QEMU does not run"
secs=$(($(date +%s) - t0))
{
	echo "key: $key"
	echo "qemu: $qver"
	echo "packages: $versions"
	echo "fetched libraries:${fetched:- none}"
	for d in "$tmp"/debs/*.deb; do
		echo "deb: $(dpkg-deb -f "$d" Package) $(dpkg-deb -f "$d" Version)"
	done
	echo "libpath: $final/root/usr/lib/x86_64-linux-gnu:$final/root/lib/x86_64-linux-gnu"
	echo "host libraries:"
	LD_LIBRARY_PATH=$libpath host_lib_packages "$bin" | sed 's/^/  /'
	echo "fetched: $(date -u +%Y-%m-%dT%H:%M:%SZ) in ${secs}s"
} >"$tmp/info"
rm -rf "$tmp/debs"
chmod 755 "$tmp"
mv -T "$tmp" "$final"
trap - EXIT
say "$qver in $final (${secs}s, $(du -sh "$final" | cut -f1))"
echo "$final"
